namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteEvent(MarkdownWriter writer, Event entry)
    {
        writer.Field(nameof(Event.Title), entry.Title);
        writer.Field(nameof(Event.Date), Prose.Date(entry.Date));
        writer.Field(nameof(Event.Summary), entry.Summary);
        writer.Field(nameof(Event.Actors), Prose.References(entry.Actors, Prose.Reference));
        writer.Field(nameof(Event.Topics), Prose.References(entry.Topics, Prose.Reference));
        writer.Field(nameof(Event.Citations), Citations(entry.Citations));
        WriteStatus(writer, entry.Status, Prose.Reference(entry.SupersededBy, Prose.Reference), entry.StatusReason);
    }
}
