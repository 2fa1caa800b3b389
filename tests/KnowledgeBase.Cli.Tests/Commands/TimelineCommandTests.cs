using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class TimelineCommandTests
{
    private static readonly string[] s_timelineCollections = ["events", "figures", "claims"];

    [Fact]
    public void Lists_dated_events_figures_and_claims_in_date_order()
    {
        var result = Kb.Run("timeline", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var entries = document.RootElement.EnumerateArray().ToList();
        var dates = entries.Select(entry => DateOnly.Parse(entry.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.All(entries, entry => Assert.Contains(entry.GetProperty("collection").GetString(), s_timelineCollections));
        var expected = Event.All.Length + Claim.All.Length + Figure.All.Count(figure => figure.Date is not null);
        Assert.Equal(expected, entries.Count);
    }

    [Fact]
    public void From_and_to_are_inclusive_bounds()
    {
        var result = Kb.Run("timeline", "--from", "2025-01-20", "--to", "2025-01-27", "--json");

        var keys = ListCommandTests.Keys(result.Out);
        Assert.Contains("events/deepseek-r1-release", keys);
        Assert.Contains("events/nvidia-record-one-day-market-value-loss", keys);
        using var document = JsonDocument.Parse(result.Out);
        Assert.All(document.RootElement.EnumerateArray(), entry =>
        {
            var date = entry.GetProperty("date").GetString()!;
            Assert.InRange(string.CompareOrdinal(date, "2025-01-20"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(date, "2025-01-27"), int.MinValue, 0);
        });
    }

    [Fact]
    public void The_table_shows_date_kind_id_and_title()
    {
        var result = Kb.Run(Fixture.Catalog, "timeline");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "DATE        KIND    ID                    TITLE",
                "2025-01-11  event   acme-launch           Acme launches the Widget",
                "2025-01-12  figure  acme-widget-sales     Widgets sold by Acme in 2024",
                "2025-01-13  claim   doe-widgets-will-win  Widgets will replace gadgets within a decade.",
            ],
            result.Lines);
    }

    [Theory]
    [InlineData("--from", "2025-13-01")]
    [InlineData("--to", "27/01/2025")]
    [InlineData("--from", "")]
    public void A_bad_date_is_a_usage_error(string option, string value)
    {
        var result = Kb.Run("timeline", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("use yyyy-MM-dd", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        var result = Kb.Run("timeline", "--from", "2025-02-01", "--to", "2025-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kb: --from 2025-02-01 is after --to 2025-01-01.\n", result.Error);
    }

    [Fact]
    public void An_empty_range_prints_a_note()
    {
        var result = Kb.Run(Fixture.Catalog, "timeline", "--from", "2030-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No entries.\n", result.Out);
    }

    [Fact]
    public void Figures_without_a_date_are_left_out()
    {
        var result = Kb.Run(Fixture.Catalog, "timeline", "--json");

        Assert.DoesNotContain("figures/acme-revenue", ListCommandTests.Keys(result.Out));
        Assert.True(Fixture.Catalog.TryGet(new EntryKey("figures", "acme-revenue"), out _));
    }
}
