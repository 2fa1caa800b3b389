using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Export;

/// <summary>
/// The whole knowledge base as ONE flat CSV table (RFC 4180: comma-separated, double quotes around fields that
/// need them, "\n" line ends), one row per entry, in collection then id order. Columns: collection, id, title,
/// date (ISO, empty when none), status, text (summary, statement's quote, description or a figure's values),
/// references (collection/id of every entry it refers to, ";"-separated) and sources (ids of the sources it
/// cites, ";"-separated). For every typed field, use the JSON export.
/// </summary>
internal static class CsvExport
{
    private static readonly string[] s_columns = ["collection", "id", "title", "date", "status", "text", "references", "sources"];

    public static string Render(KnowledgeCatalog catalog)
    {
        var csv = new StringBuilder();
        Row(csv, s_columns);
        foreach (var entry in catalog.Entries)
        {
            Row(csv,
            [
                entry.Collection,
                entry.Id,
                entry.Title,
                TextLayout.Date(entry.Date),
                TextLayout.Name(entry.Status),
                entry.Text ?? string.Empty,
                string.Join(';', entry.References.Select(reference => reference.Target.ToString()).Distinct()),
                string.Join(';', entry.Citations.Select(citation => citation.SourceId).Distinct()),
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Field)).Append('\n');
    }

    private static string Field(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.IndexOfAny([',', '"', '\n', '\r']) >= 0 || flat.StartsWith(' ') || flat.EndsWith(' ')
            ? "\"" + flat.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\""
            : flat;
    }
}
