namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteActor(MarkdownWriter writer, Actor actor)
    {
        writer.Field(nameof(Actor.Name), actor.Name);
        writer.Field(nameof(Actor.Kind), Prose.Enum(actor.Kind));
        writer.Field(nameof(Actor.Description), actor.Description);
        writer.Field(nameof(Actor.Aliases), Prose.Texts(actor.Aliases));
        writer.Field(nameof(Actor.Affiliation), Prose.Reference(actor.Affiliation, Prose.Reference));
        writer.Field(nameof(Actor.Website), Prose.Uri(actor.Website));
        writer.Field(nameof(Actor.Citations), Citations(actor.Citations));
        WriteStatus(writer, actor.Status, Prose.Reference(actor.SupersededBy, Prose.Reference), actor.StatusReason);
    }
}
