using System.Collections.Generic;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary>The entry table shared by <c>list</c>, <c>search</c> and <c>timeline</c>, and its JSON form.</summary>
internal static class EntryTable
{
    /// <summary>Writes a table of id, collection, date, status and title, or "No entries." when empty.</summary>
    public static void Write(KbContext context, IReadOnlyCollection<CatalogEntry> entries)
    {
        if (entries.Count == 0)
        {
            context.Console.Out.WriteLine("No entries.");
            return;
        }

        var style = context.Style;
        // The title comes last: it is the column that gives way on a narrow terminal, and nothing is padded after it.
        var table = new Table(4, "ID", "COLLECTION", "DATE", "STATUS", "TITLE");
        foreach (var entry in entries)
        {
            var status = TextLayout.Name(entry.Status);
            table.Add(
                new Cell(entry.Id, style.Id),
                new Cell(entry.Collection),
                new Cell(TextLayout.Date(entry.Date)),
                new Cell(status, text => style.Status(entry.Status, text)),
                new Cell(entry.Title.ReplaceLineEndings(" ")));
        }

        table.Write(context.Console.Out, style, context.Console.Width);
    }

    /// <summary>Writes the entries as a JSON array of summaries.</summary>
    public static void WriteJson(KbContext context, IEnumerable<CatalogEntry> entries)
    {
        Output.Json.Write(context.Console.Out, json =>
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                Output.Json.SummaryProperties(json, entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Writes one summary object with extra properties.</summary>
    public static void WriteSummary(Utf8JsonWriter json, CatalogEntry entry)
    {
        json.WriteStartObject();
        Output.Json.SummaryProperties(json, entry);
        json.WriteEndObject();
    }
}
