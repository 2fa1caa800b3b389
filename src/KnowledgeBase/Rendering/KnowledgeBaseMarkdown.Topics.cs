namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteTopic(MarkdownWriter writer, Topic topic)
    {
        writer.Field("Name", topic.Name);
        writer.Field("Description", topic.Description);
        writer.Field("Aliases", Prose.Texts(topic.Aliases));
        writer.Field("Related", Prose.References(topic.Related, Prose.Reference));
        writer.Field("Citations", Citations(topic.Citations));
        WriteStatus(writer, topic.Status, Prose.Reference(topic.SupersededBy, Prose.Reference), topic.StatusReason);
    }
}
