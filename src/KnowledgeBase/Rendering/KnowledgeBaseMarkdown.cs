using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace KnowledgeBase.Rendering;

/// <summary>
/// The whole knowledge base as one Markdown document, rendered from the compiled records (never from the YAML):
/// collections in folder order, entries by id, one section per entry with every field that has a value,
/// references by the referenced entry's title and id, citations as readable citations. The snapshot of this
/// document is what reviewers read, so editing one fact changes one line of one section.
/// </summary>
public static partial class KnowledgeBaseMarkdown
{
    /// <summary>Renders every entry of every collection. The same content gives the same text on every machine.</summary>
    /// <returns>The document, with <c>\n</c> line ends.</returns>
    public static string Render()
    {
        var writer = new MarkdownWriter();
        writer.Heading(1, "Knowledge base");
        writer.Paragraph(
            "Every entry of every collection, rendered from the compiled records: collections in folder order, "
            + "entries sorted by id, fields without a value left out. References name the entry they point to, "
            + "with its collection and id; citations name the source's title, publisher and date.");

        Section(writer, Actor.CollectionName, Actor.All, WriteActor);
        Section(writer, Claim.CollectionName, Claim.All, WriteClaim);
        Section(writer, Event.CollectionName, Event.All, WriteEvent);
        Section(writer, Figure.CollectionName, Figure.All, WriteFigure);
        Section(writer, Source.CollectionName, Source.All, WriteSource);
        Section(writer, Topic.CollectionName, Topic.All, WriteTopic);
        return writer.ToString();
    }

    private static void Section<T>(MarkdownWriter writer, string collection, ImmutableArray<T> entries, Action<MarkdownWriter, T> write)
        where T : class, IEntry<T>
    {
        writer.Heading(2, collection + " (" + entries.Length.ToString(CultureInfo.InvariantCulture) + ")");
        foreach (var entry in entries.OrderBy(entry => entry.Id, StringComparer.Ordinal))
        {
            writer.Heading(3, collection + "/" + entry.Id);
            write(writer, entry);
            writer.EndEntry();
        }
    }

    // Every collection ends with the same three fields, so corrections read the same everywhere.
    private static void WriteStatus(MarkdownWriter writer, EntryStatus status, string? supersededBy, string? reason)
    {
        writer.Field("Status", Prose.Enum(status));
        writer.Field("SupersededBy", supersededBy);
        writer.Field("StatusReason", reason);
    }

    private static IEnumerable<string> Citations(ImmutableArray<Citation> citations) => Prose.Citations(citations);
}
