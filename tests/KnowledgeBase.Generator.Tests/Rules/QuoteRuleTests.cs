using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>A verbatim quote is not empty and at most 300 characters, and only claims and citations carry one.</summary>
public sealed class QuoteRuleTests
{
    [Fact]
    public void A_blank_quote_in_a_citation_is_KB0021()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "quote: It happened", "quote: \"   \""));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0021 Error events/an-event.yaml(10,12)"));
        Assert.Equal("The field 'quote' is empty; give the text or leave the field out", message);
    }

    [Fact]
    public void An_empty_quoted_claim_quote_is_KB0021()
    {
        var result = RealSchema.Run(RealSchema.Edit("claims/a-claim.yaml", "quote: Scale is not all you need", "quote: ''"));

        RealSchema.AssertDiagnostics(result, "KB0021 Error claims/a-claim.yaml(10,8)");
    }

    [Fact]
    public void A_quote_of_300_characters_is_accepted_and_one_of_301_is_KB0022()
    {
        var limit = RealSchema.Run(RealSchema.Edit("claims/a-claim.yaml", "quote: Scale is not all you need", "quote: " + new string('a', 300)));
        var over = RealSchema.Run(RealSchema.Edit("claims/a-claim.yaml", "quote: Scale is not all you need", "quote: " + new string('a', 301)));

        Assert.Empty(limit.FormattedDiagnostics);
        var message = Assert.Single(RealSchema.AssertDiagnostics(over, "KB0022 Error claims/a-claim.yaml(10,8)"));
        Assert.Equal("The field 'quote' has 301 characters, more than its limit of 300", message);
    }

    [Fact]
    public void A_long_quote_in_a_figure_values_citation_is_KB0022_too()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "      - source: a-report", "      - source: a-report\n        quote: " + new string('b', 400)));

        RealSchema.AssertDiagnostics(result, "KB0022 Error figures/a-figure.yaml(11,16)");
    }

    [Fact]
    public void A_quote_on_an_event_is_an_unknown_field()
    {
        var result = RealSchema.Run(RealSchema.Edit("events/an-event.yaml", "summary: It happened on the day.", "summary: It happened on the day.\nquote: It happened"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0004 Error events/an-event.yaml(4,1)"));
        Assert.StartsWith("'quote' is not a field of Event", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_on_a_figure_value_is_an_unknown_field()
    {
        var result = RealSchema.Run(RealSchema.Edit("figures/a-figure.yaml", "  - value: -589", "  - value: -589\n    quote: wiping out $589 billion"));

        RealSchema.AssertDiagnostics(result, "KB0004 Error figures/a-figure.yaml(9,5)");
    }
}
