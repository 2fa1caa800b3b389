namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteTopic(MarkdownWriter writer, Topic topic)
    {
        writer.Field(nameof(Topic.Name), topic.Name);
        writer.Field(nameof(Topic.Description), topic.Description);
        writer.Field(nameof(Topic.Aliases), Prose.Texts(topic.Aliases));
        writer.Field(nameof(Topic.Related), Prose.References(topic.Related, Prose.Reference));
        writer.Field(nameof(Topic.Citations), Citations(topic.Citations));
        WriteStatus(writer, topic.Status, Prose.Reference(topic.SupersededBy, Prose.Reference), topic.StatusReason);
    }
}
