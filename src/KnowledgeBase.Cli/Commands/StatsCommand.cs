using System;
using System.Collections.Generic;
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

            // One pass over every entry's outline for both tables: at tens of thousands of entries, a pass per
            // collection and status, or a grouping of every citation, costs more than the outlines themselves.
            var perCollection = CollectionInfo.All.ToDictionary(collection => collection.Name, _ => new int[statuses.Length], StringComparer.Ordinal);
            var totals = new int[statuses.Length];
            var citations = new Dictionary<string, SourceCounts>(StringComparer.Ordinal);
            var citationCount = 0;
            catalog.ReadOutlines();
            foreach (var entry in catalog.Entries)
            {
                var status = Array.IndexOf(statuses, entry.Status);
                if (perCollection.TryGetValue(entry.Collection, out var inCollection))
                {
                    inCollection[status]++;
                }

                totals[status]++;
                foreach (var citation in entry.Citations)
                {
                    citationCount++;
                    if (!citations.TryGetValue(citation.SourceId, out var counts))
                    {
                        citations.Add(citation.SourceId, counts = new SourceCounts());
                    }

                    counts.Citations++;
                    if (!counts.LastCiting.Equals(entry.Key))
                    {
                        // Entries come one after another, so an entry's citations of one source are counted once.
                        counts.LastCiting = entry.Key;
                        counts.CitedBy++;
                    }
                }
            }

            output.WriteLine(style.Bold("Entries per collection and status"));
            var countTable = new Table(0, ["COLLECTION", "ENTRIES", .. statuses.Select(status => TextLayout.Name(status).ToUpperInvariant())]);
            foreach (var collection in CollectionInfo.All)
            {
                var counts = perCollection[collection.Name];
                countTable.Add([collection.Name, Count(counts.Sum()), .. counts.Select(Count)]);
            }

            countTable.Add(["total", Count(catalog.Entries.Length), .. totals.Select(Count)]);
            countTable.Write(output, style, width: null);

            output.WriteLine();
            output.WriteLine(style.Bold("Citations per source"));
            var table = new Table(3, "SOURCE", "CITATIONS", "CITED BY", "TITLE");
            var rows = catalog.InCollection(Source.CollectionName)
                .Select(source => (Entry: source, Counts: citations.TryGetValue(source.Id, out var found) ? (found.Citations, found.CitedBy) : (0, 0)))
                .OrderByDescending(row => row.Counts.Item1)
                .ThenBy(row => row.Entry.Id, StringComparer.Ordinal);
            foreach (var (entry, (cites, citedBy)) in rows)
            {
                table.Add(new Cell(entry.Id, style.Id), new Cell(Count(cites)), new Cell(Count(citedBy)), new Cell(entry.Title));
            }

            table.Write(output, style, context.Console.Width);
            output.WriteLine();
            output.WriteLine($"{citationCount} citations of {table.RowCount} sources in {catalog.Entries.Length} entries.");
            return ExitCodes.Ok;
        });
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class SourceCounts
    {
        public int Citations { get; set; }

        public int CitedBy { get; set; }

        public EntryKey LastCiting { get; set; }
    }
}
