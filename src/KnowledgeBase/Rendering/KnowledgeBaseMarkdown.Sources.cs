namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteSource(MarkdownWriter writer, Source source)
    {
        writer.Field("Title", source.Title);
        writer.Field("Publisher", source.Publisher);
        writer.Field("Kind", Prose.Enum(source.Kind));
        writer.Field("Published", Prose.Date(source.Published));
        writer.Field("Authors", Prose.Texts(source.Authors));
        writer.Field("URL", Prose.Uri(source.Url));
        writer.Field("Identifier", source.Identifier);
        writer.Field("Seen at", source.SeenAt);
        writer.Field("Notes", source.Notes);
        WriteStatus(writer, source.Status, Prose.Reference(source.SupersededBy, Prose.Reference), source.StatusReason);
    }
}
