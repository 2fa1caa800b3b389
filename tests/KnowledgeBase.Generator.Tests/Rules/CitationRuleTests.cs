using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>Every event, figure value and claim cites at least one source, and every cited source exists.</summary>
public sealed class CitationRuleTests
{
    [Fact]
    public void An_event_with_an_empty_citation_list_is_KB0020_at_the_list()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "citations:\n  - source: a-report\n    quote: It happened", "citations: []"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0020 Error events/an-event.yaml(8,12)"));
        Assert.Equal("The field 'citations' needs at least 1 item, but has none", message);
    }

    [Fact]
    public void An_event_without_citations_is_a_missing_required_field()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "citations:\n  - source: a-report\n    quote: It happened", string.Empty));

        RealSchema.AssertDiagnostics(result, "KB0005 Error events/an-event.yaml(1,1)");
    }

    [Fact]
    public void A_claim_with_an_empty_citation_list_is_KB0020()
    {
        var result = RealSchema.Run(RealSchema.Edit("claims/a-claim.yaml", "citations:\n  - source: a-report\n    locator: paragraph 2", "citations: []"));

        RealSchema.AssertDiagnostics(result, "KB0020 Error claims/a-claim.yaml(7,12)");
    }

    [Fact]
    public void A_figure_value_without_citations_is_KB0020_at_that_value()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "    citations:\n      - source: a-report", "    citations: []"));

        RealSchema.AssertDiagnostics(result, "KB0020 Error figures/a-figure.yaml(9,16)");
    }

    [Fact]
    public void A_figure_value_that_leaves_citations_out_is_a_missing_required_field()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "    citations:\n      - source: a-report", string.Empty));

        RealSchema.AssertDiagnostics(result, "KB0005 Error figures/a-figure.yaml(8,5)");
    }

    [Fact]
    public void A_figure_without_values_is_KB0020()
    {
        var result = RealSchema.Run(RealSchema.Edit(
            "figures/a-figure.yaml", "values:\n  - value: -589\n    citations:\n      - source: a-report", "values: []"));

        RealSchema.AssertDiagnostics(result, "KB0020 Error figures/a-figure.yaml(7,9)");
    }

    [Fact]
    public void A_citation_of_a_source_that_does_not_exist_is_KB0008_naming_the_closest_source()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "source: a-report", "source: a-reprot"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0008 Error events/an-event.yaml(9,13)"));
        Assert.Contains("'a-reprot'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'a-report'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_in_a_figure_value_of_a_missing_source_is_KB0008_too()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "source: a-report", "source: nowhere"));

        RealSchema.AssertDiagnostics(result, "KB0008 Error figures/a-figure.yaml(10,17)");
    }
}
