namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteEvent(MarkdownWriter writer, Event entry)
    {
        writer.Field("Title", entry.Title);
        writer.Field("Date", Prose.Date(entry.Date));
        writer.Field("Summary", entry.Summary);
        writer.Field("Actors", Prose.References(entry.Actors, Prose.Reference));
        writer.Field("Topics", Prose.References(entry.Topics, Prose.Reference));
        writer.Field("Citations", Citations(entry.Citations));
        WriteStatus(writer, entry.Status, Prose.Reference(entry.SupersededBy, Prose.Reference), entry.StatusReason);
    }
}
