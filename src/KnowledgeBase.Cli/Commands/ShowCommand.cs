using System.CommandLine;
using System.Linq;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb show &lt;id&gt; [--json]</c>: one entry with every field, resolved references, citations and backlinks.</summary>
internal static class ShowCommand
{
    public static Command Create(KbContext context)
    {
        var id = EntryNames.IdArgument();
        var json = KbCommand.JsonOption();
        var command = new KbCommand("show", "Show one entry: every field, references resolved to titles, its citations, and what refers to it.")
        {
            id, json,
        };
        command.Notes.Add("When the id exists in several collections every match is shown (a note on stderr says so);\nname one with collection/id. --json always prints an array.");
        command.Examples.Add("kb show deepseek-r1-release");
        command.Examples.Add("kb show actors/nvidia");
        command.Examples.Add("kb show amazon-q4-2024-earnings-call     # a source and an event: both shown");
        command.Examples.Add("kb show nvidia-market-value-lost-2025-01-27 --json | jq '.[0].fields.values'");

        return command.Handle(parseResult =>
        {
            var name = parseResult.GetRequiredValue(id);
            var entries = EntryNames.Resolve(context.Catalog, name);
            if (entries.Length > 1)
            {
                context.Console.Error.WriteLine(
                    $"kb: '{name}' is in {entries.Length} collections; showing each. Use " +
                    string.Join(" or ", entries.Select(entry => entry.Key.ToString())) + " to pick one.");
            }

            if (parseResult.GetValue(json))
            {
                Output.Json.Write(context.Console.Out, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var entry in entries)
                    {
                        WriteJson(writer, entry, context.Catalog);
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            for (var index = 0; index < entries.Length; index++)
            {
                if (index > 0)
                {
                    context.Console.Out.WriteLine();
                }

                WriteText(context, entries[index]);
            }

            return ExitCodes.Ok;
        });
    }

    private static void WriteText(KbContext context, CatalogEntry entry)
    {
        var output = context.Console.Out;
        var style = context.Style;
        var catalog = context.Catalog;
        output.WriteLine(style.Id(entry.Key.ToString()) + "  " + style.Status(entry.Status, TextLayout.Name(entry.Status)));
        output.WriteLine(style.Bold(entry.Title.ReplaceLineEndings(" ")));
        output.WriteLine();

        var fields = entry.Fields.Where(field => !field.Value.IsEmpty && field.Name != "citations").ToList();
        var labelWidth = fields.Select(field => field.Name.Length).DefaultIfEmpty(0).Max() + 2;
        var valueWidth = context.Console.Width is { } width ? System.Math.Max(width - 2 - labelWidth, 20) : (int?)null;
        foreach (var field in fields)
        {
            var lines = field.Value is ListValue list
                ? list.Items.SelectMany(item => TextLayout.Wrap(ValueText.Format(item, catalog), valueWidth))
                : TextLayout.Wrap(ValueText.Format(field.Value, catalog), valueWidth);
            var label = field.Name;
            foreach (var line in lines)
            {
                output.WriteLine("  " + style.Dim(label.PadRight(labelWidth)) + line);
                label = string.Empty;
            }
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Citations"));
        if (entry.Citations.IsEmpty)
        {
            output.WriteLine("  (none)");
        }

        for (var index = 0; index < entry.Citations.Length; index++)
        {
            var citation = entry.Citations[index];
            var forWhat = citation.Context is null ? string.Empty : " for " + citation.Context;
            output.WriteLine($"  [{index + 1}] " + style.Id(citation.SourceId) + " (" + catalog.TitleOf(citation.Source) + ")" + forWhat);
            var detail = CitationFormat.Detail(citation);
            if (detail.Length > 0)
            {
                foreach (var line in TextLayout.Wrap(detail, context.Console.Width - 6))
                {
                    output.WriteLine("      " + line);
                }
            }
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Referred to by"));
        var backlinks = catalog.BacklinksTo(entry.Key);
        if (backlinks.IsEmpty)
        {
            output.WriteLine("  (nothing)");
        }

        foreach (var link in backlinks)
        {
            output.WriteLine("  " + style.Id(link.From.ToString()) + " " + style.Dim("(" + link.Field + ")") + "  " + catalog.TitleOf(link.From).ReplaceLineEndings(" "));
        }
    }

    private static void WriteJson(Utf8JsonWriter json, CatalogEntry entry, KnowledgeCatalog catalog)
    {
        json.WriteStartObject();
        Output.Json.SummaryProperties(json, entry);
        json.WriteStartObject("fields");
        Output.Json.FieldProperties(json, entry.Fields);
        json.WriteEndObject();

        json.WriteStartArray("references");
        foreach (var reference in entry.References)
        {
            json.WriteStartObject();
            json.WriteString("field", reference.Field);
            json.WriteString("collection", reference.Target.Collection);
            json.WriteString("id", reference.Target.Id);
            json.WriteString("title", catalog.TitleOf(reference.Target));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("citations");
        foreach (var citation in entry.Citations)
        {
            json.WriteStartObject();
            json.WriteString("context", citation.Context);
            json.WriteString("source", citation.SourceId);
            json.WriteString("sourceTitle", catalog.TitleOf(citation.Source));
            json.WriteString("quote", citation.Quote);
            json.WriteString("locator", citation.Locator);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("backlinks");
        foreach (var link in catalog.BacklinksTo(entry.Key))
        {
            json.WriteStartObject();
            json.WriteString("collection", link.From.Collection);
            json.WriteString("id", link.From.Id);
            json.WriteString("title", catalog.TitleOf(link.From));
            json.WriteString("field", link.Field);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
