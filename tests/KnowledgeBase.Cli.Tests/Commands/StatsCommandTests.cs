using System.Linq;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class StatsCommandTests
{
    [Fact]
    public void Counts_entries_per_collection_and_status()
    {
        var result = Kb.Run("stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Entries per collection and status", result.Lines[0]);
        Assert.Equal(["COLLECTION", "ENTRIES", "CURRENT", "DISPUTED", "SUPERSEDED", "RETRACTED"], Cells(result.Lines[1]));
        Assert.Equal(Source.All.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Cells(Row(result, "sources"))[1]);
        Assert.Equal(Figure.All.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Cells(Row(result, "figures"))[1]);
        Assert.Equal(
            Figure.All.Count(figure => figure.Status == EntryStatus.Disputed).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cells(Row(result, "figures"))[3]);
        var total = Cells(Row(result, "total"));
        Assert.Equal(total[1], total.Skip(2).Sum(int.Parse).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Counts_citations_per_source_most_cited_first()
    {
        var result = Kb.Run(Fixture.Catalog, "stats");

        var sources = result.Lines.SkipWhile(line => line != "Citations per source").Skip(2).TakeWhile(line => line.Length > 0).Select(Cells).ToList();
        // daily-news-story: one citation in each of three entries; acme-annual-report: the actor and one figure value.
        Assert.Equal(["daily-news-story", "3", "3"], sources[0].Take(3));
        Assert.Equal(["acme-annual-report", "2", "2"], sources[1].Take(3));
        Assert.Equal(["acme-launch", "1", "1"], sources[2].Take(3));
        Assert.Equal("6 citations of 3 sources in 10 entries.", result.Lines[^1]);
    }

    private static string Row(Infrastructure.KbResult result, string first) =>
        result.Lines.First(line => line.StartsWith(first + " ", System.StringComparison.Ordinal));

    private static string[] Cells(string line) => line.Split("  ", System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
