namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteActor(MarkdownWriter writer, Actor actor)
    {
        writer.Field("Name", actor.Name);
        writer.Field("Kind", Prose.Enum(actor.Kind));
        writer.Field("Description", actor.Description);
        writer.Field("Aliases", Prose.Texts(actor.Aliases));
        writer.Field("Affiliation", Prose.Reference(actor.Affiliation, Prose.Reference));
        writer.Field("Website", Prose.Uri(actor.Website));
        writer.Field("Citations", Citations(actor.Citations));
        WriteStatus(writer, actor.Status, Prose.Reference(actor.SupersededBy, Prose.Reference), actor.StatusReason);
    }
}
