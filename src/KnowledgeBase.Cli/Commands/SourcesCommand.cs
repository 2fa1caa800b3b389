using System.CommandLine;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb sources &lt;id&gt;</c>: where an entry's facts come from, as formatted references.</summary>
internal static class SourcesCommand
{
    public static Command Create(KbContext context)
    {
        var id = EntryNames.IdArgument();
        var command = new KbCommand("sources", "Show the provenance of an entry: each citation as a formatted reference, with its locator and quote.")
        {
            id,
        };
        command.Notes.Add("A figure's citations are grouped by the reported value they support. For a source itself, its own\nreference is shown with the entries that cite it.");
        command.Examples.Add("kb sources deepseek-r1-release");
        command.Examples.Add("kb sources nvidia-market-value-lost-2025-01-27");
        command.Examples.Add("kb sources sources/amazon-q4-2024-earnings-call");

        return command.Handle(parseResult =>
        {
            var entries = EntryNames.Resolve(context.Catalog, parseResult.GetRequiredValue(id));
            for (var index = 0; index < entries.Length; index++)
            {
                if (index > 0)
                {
                    context.Console.Out.WriteLine();
                }

                Write(context, entries[index]);
            }

            return ExitCodes.Ok;
        });
    }

    private static void Write(KbContext context, CatalogEntry entry)
    {
        var output = context.Console.Out;
        var style = context.Style;
        var catalog = context.Catalog;
        output.WriteLine(style.Id(entry.Key.ToString()) + "  " + style.Bold(entry.Title.ReplaceLineEndings(" ")));
        if (entry.Entry is Source source)
        {
            output.WriteLine("  " + CitationFormat.Reference(source));
            var citing = catalog.BacklinksTo(entry.Key).Where(link => link.Field == "citations").ToList();
            output.WriteLine($"  Cited by {citing.Count} {(citing.Count == 1 ? "entry" : "entries")}:");
            foreach (var link in citing)
            {
                output.WriteLine("    " + style.Id(link.From.ToString()));
            }

            return;
        }

        if (entry.Citations.IsEmpty)
        {
            output.WriteLine("  (no citations)");
            return;
        }

        var number = 0;
        foreach (var group in entry.Citations.GroupBy(citation => citation.Context))
        {
            var indent = "  ";
            if (group.Key is { } supported)
            {
                output.WriteLine("  " + style.Dim("for " + supported + ":"));
                indent = "    ";
            }

            foreach (var citation in group)
            {
                number++;
                var reference = catalog.TryGet(citation.Source, out var cited) && cited.Entry is Source citedSource
                    ? CitationFormat.Reference(citedSource)
                    : citation.SourceId;
                output.WriteLine($"{indent}[{number}] {reference} " + style.Dim("[" + citation.SourceId + "]"));
                var detail = CitationFormat.Detail(citation);
                if (detail.Length > 0)
                {
                    output.WriteLine(indent + "    " + detail);
                }
            }
        }
    }
}
