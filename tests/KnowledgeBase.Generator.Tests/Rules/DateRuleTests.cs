using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>A source cannot be published before the event, figure or claim it reports.</summary>
public sealed class DateRuleTests
{
    [Fact]
    public void An_event_cited_to_a_source_published_the_day_before_is_KB0023_at_the_citation()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "date: 2025-01-27", "date: 2025-01-29"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0023 Error events/an-event.yaml(9,13)"));
        Assert.StartsWith("'a-report' was published on 2025-01-28, before this entry's date 2025-01-29", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_published_on_the_entrys_own_day_is_accepted()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "date: 2025-01-27", "date: 2025-01-28"));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Fact]
    public void A_claim_dated_after_the_source_that_states_it_is_KB0023()
    {
        var result = RealSchema.Run(RealSchema.Edit("claims/a-claim.yaml", "date: 2025-01-27", "date: 2025-02-04"));

        RealSchema.AssertDiagnostics(result, "KB0023 Error claims/a-claim.yaml(8,13)");
    }

    [Fact]
    public void A_reported_figure_dated_after_its_source_is_KB0023_at_the_value_citation()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "date: 2025-01-27", "date: 2025-12-31"));

        RealSchema.AssertDiagnostics(result, "KB0023 Error figures/a-figure.yaml(10,17)");
    }

    [Theory]
    [InlineData("forecast")]
    [InlineData("guidance")]
    public void Forecast_and_guidance_figures_are_exempt(string kind)
    {
        var result = RealSchema.Run(RealSchema.Edit(
            "figures/a-figure.yaml", "kind: reported\nunit: us-dollars\ndate: 2025-01-27", $"kind: {kind}\nunit: us-dollars\ndate: 2025-12-31"));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Fact]
    public void An_estimate_is_not_exempt()
    {
        var result = RealSchema.Run(RealSchema.Edit(
            "figures/a-figure.yaml", "kind: reported\nunit: us-dollars\ndate: 2025-01-27", "kind: estimate\nunit: us-dollars\ndate: 2025-12-31"));

        RealSchema.AssertDiagnostics(result, "KB0023 Error figures/a-figure.yaml(10,17)");
    }

    [Fact]
    public void A_source_without_a_publication_date_is_not_checked()
    {
        var result = RealSchema.Run(("events/an-event.yaml", RealSchema.Valid["events/an-event.yaml"]
            .Replace("date: 2025-01-27", "date: 2030-01-01", StringComparison.Ordinal)
            .Replace("source: a-report", "source: undated-post", StringComparison.Ordinal)));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Fact]
    public void A_citation_of_a_missing_source_is_only_KB0008()
    {
        var result = RealSchema.Run(("events/an-event.yaml", RealSchema.Valid["events/an-event.yaml"]
            .Replace("date: 2025-01-27", "date: 2030-01-01", StringComparison.Ordinal)
            .Replace("source: a-report", "source: missing", StringComparison.Ordinal)));

        RealSchema.AssertDiagnostics(result, "KB0008 Error events/an-event.yaml(9,13)");
    }

    [Fact]
    public void Moving_a_sources_publication_date_rechecks_the_entries_that_cite_it()
    {
        var harness = RealSchema.Harness();
        Assert.Empty(harness.Run().FormattedDiagnostics);

        harness.ReplaceFile("sources/a-report.yaml", RealSchema.Valid["sources/a-report.yaml"].Replace("2025-01-28", "2025-01-20", StringComparison.Ordinal));
        var result = harness.Run();

        RealSchema.AssertDiagnostics(
            result,
            "KB0023 Error claims/a-claim.yaml(8,13)",
            "KB0023 Error events/an-event.yaml(9,13)",
            "KB0023 Error figures/a-figure.yaml(10,17)");
    }
}
