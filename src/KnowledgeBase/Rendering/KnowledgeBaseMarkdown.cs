using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Rendering;

/// <summary>
/// The whole knowledge base as one Markdown document, rendered from the compiled records (never from the YAML):
/// collections in folder order, entries by id, one section per entry with every field that has a value,
/// references by the referenced entry's title and id, citations as readable citations. The snapshot of this
/// document is what reviewers read, so editing one fact changes one line of one section. Every collection and field
/// comes from the generated metadata (<see cref="ProseEntry"/>), so a field added to the schema shows up here unasked.
/// </summary>
public static class KnowledgeBaseMarkdown
{
    /// <summary>Renders every entry of every collection. The same content gives the same text on every machine.</summary>
    /// <returns>The document, with <c>\n</c> line ends.</returns>
    public static string Render()
    {
        var content = KnowledgeBase.Generated.ContentMetadataProvider.Content;
        var writer = new MarkdownWriter();
        writer.Heading(1, "Knowledge base");
        writer.Paragraph(
            "Every entry of every collection, rendered from the compiled records: collections in folder order, "
            + "entries sorted by id, fields without a value left out. References name the entry they point to, "
            + "with its collection and id; citations name the source's title, publisher and date.");

        var prose = new ProseEntry(content);
        foreach (var collection in content.Collections.OrderBy(collection => collection.Name, StringComparer.Ordinal))
        {
            writer.Heading(2, collection.Name + " (" + collection.Entries.Count.ToString(CultureInfo.InvariantCulture) + ")");
            foreach (var entry in collection.Entries.OrderBy(entry => entry.Id, StringComparer.Ordinal))
            {
                writer.Heading(3, collection.Name + "/" + entry.Id);
                prose.Write(writer, collection, entry);
                writer.EndEntry();
            }
        }

        return writer.ToString();
    }
}
