namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteSource(MarkdownWriter writer, Source source)
    {
        writer.Field(nameof(Source.Title), source.Title);
        writer.Field(nameof(Source.Publisher), source.Publisher);
        writer.Field(nameof(Source.Kind), Prose.Enum(source.Kind));
        writer.Field(nameof(Source.Published), Prose.Date(source.Published));
        writer.Field(nameof(Source.Authors), Prose.Texts(source.Authors));
        writer.Field(nameof(Source.Url), Prose.Uri(source.Url));
        writer.Field(nameof(Source.Identifier), source.Identifier);
        writer.Field(nameof(Source.SeenAt), source.SeenAt);
        writer.Field(nameof(Source.Notes), source.Notes);
        WriteStatus(writer, source.Status, Prose.Reference(source.SupersededBy, Prose.Reference), source.StatusReason);
    }
}
