using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb stats</c>: how big the knowledge base is and how its facts are sourced.</summary>
internal static class StatsCommand
{
    public static Command Create(KbContext context)
    {
        var command = new KbCommand("stats", "Counts: entries per collection and status, and citations per source.");
        command.Notes.Add("CITATIONS counts every citation of the source, including one per reported value; CITED BY counts the\ndistinct entries that cite it.");
        command.Examples.Add("kb stats");

        return command.Handle(_ =>
        {
            var output = context.Console.Out;
            var style = context.Style;
            var catalog = context.Catalog;
            var statuses = Enum.GetValues<EntryStatus>();

            output.WriteLine(style.Bold("Entries per collection and status"));
            var counts = new Table(0, ["COLLECTION", "ENTRIES", .. statuses.Select(status => TextLayout.Name(status).ToUpperInvariant())]);
            foreach (var collection in CollectionInfo.All)
            {
                var entries = catalog.InCollection(collection.Name).ToList();
                counts.Add([collection.Name, Count(entries.Count), .. statuses.Select(status => Count(entries.Count(entry => entry.Status == status)))]);
            }

            counts.Add(["total", Count(catalog.Entries.Length), .. statuses.Select(status => Count(catalog.Entries.Count(entry => entry.Status == status)))]);
            counts.Write(output, style, width: null);

            output.WriteLine();
            output.WriteLine(style.Bold("Citations per source"));
            var citations = catalog.Entries
                .SelectMany(entry => entry.Citations.Select(citation => (citation.Source, Citing: entry.Key)))
                .GroupBy(pair => pair.Source)
                .Select(group => (Source: group.Key, Citations: group.Count(), CitedBy: group.Select(pair => pair.Citing).Distinct().Count()))
                .ToDictionary(row => row.Source);
            var table = new Table(3, "SOURCE", "CITATIONS", "CITED BY", "TITLE");
            var rows = catalog.InCollection(Source.CollectionName)
                .Select(source => (Entry: source, Counts: citations.TryGetValue(source.Key, out var found) ? (found.Citations, found.CitedBy) : (0, 0)))
                .OrderByDescending(row => row.Counts.Item1)
                .ThenBy(row => row.Entry.Id, StringComparer.Ordinal);
            foreach (var (entry, (cites, citedBy)) in rows)
            {
                table.Add(new Cell(entry.Id, style.Id), new Cell(Count(cites)), new Cell(Count(citedBy)), new Cell(entry.Title));
            }

            table.Write(output, style, context.Console.Width);
            output.WriteLine();
            output.WriteLine($"{catalog.Entries.Sum(entry => entry.Citations.Length)} citations of {table.RowCount} sources in {catalog.Entries.Length} entries.");
            return ExitCodes.Ok;
        });
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
