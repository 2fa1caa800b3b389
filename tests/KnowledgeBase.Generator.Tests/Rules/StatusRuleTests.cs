using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>
/// Corrections are complete and consistent: a superseded entry names its replacement (which exists, in the same
/// collection, without a cycle), only a superseded entry names one, and every non-current entry says why.
/// </summary>
public sealed class StatusRuleTests
{
    private const string Reason = "\nstatusReason: Revised by a later report";

    [Fact]
    public void A_superseded_entry_without_a_replacement_is_KB0024_at_its_status()
    {
        var result = RealSchema.Run(("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nstatus: superseded" + Reason));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0024 Error figures/a-figure.yaml(11,9)"));
        Assert.Equal("The field 'supersededBy' is required when 'status' is superseded", message);
    }

    [Fact]
    public void A_replacement_that_does_not_exist_is_KB0008()
    {
        var result = RealSchema.Run(("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nstatus: superseded\nsupersededBy: a-figur" + Reason));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0008 Error figures/a-figure.yaml(12,15)"));
        Assert.Contains("the collection 'figures' has no such entry; did you mean 'a-figure'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_in_another_collection_is_KB0008_for_the_entrys_own_collection()
    {
        var result = RealSchema.Run(("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nstatus: superseded\nsupersededBy: an-event" + Reason));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0008 Error figures/a-figure.yaml(12,15)"));
        Assert.Contains("the collection 'figures'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_on_an_entry_that_is_not_superseded_is_KB0025()
    {
        var result = RealSchema.Run(
            ("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nsupersededBy: newer-figure"),
            ("figures/newer-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"]));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0025 Error figures/a-figure.yaml(11,1)"));
        Assert.Equal("The field 'supersededBy' is only allowed when 'status' is superseded", message);
    }

    [Fact]
    public void Two_entries_superseding_each_other_are_KB0026_at_both()
    {
        var result = RealSchema.Run(
            ("events/an-event.yaml", RealSchema.Valid["events/an-event.yaml"] + "\nstatus: superseded\nsupersededBy: other-event" + Reason),
            ("events/other-event.yaml", RealSchema.Valid["events/an-event.yaml"] + "\nstatus: superseded\nsupersededBy: an-event" + Reason));

        var messages = RealSchema.AssertDiagnostics(
            result,
            "KB0026 Error events/an-event.yaml(12,15)",
            "KB0026 Error events/other-event.yaml(12,15)");
        Assert.Contains("The field 'supersededBy' forms a cycle: an-event -> other-event -> an-event", messages);
    }

    [Fact]
    public void An_entry_superseding_itself_is_KB0026()
    {
        var result = RealSchema.Run(("claims/a-claim.yaml", RealSchema.Valid["claims/a-claim.yaml"] + "\nstatus: superseded\nsupersededBy: a-claim" + Reason));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0026 Error claims/a-claim.yaml(12,15)"));
        Assert.EndsWith("a-claim -> a-claim", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_that_ends_is_not_a_cycle()
    {
        var result = RealSchema.Run(
            ("events/an-event.yaml", RealSchema.Valid["events/an-event.yaml"] + "\nstatus: superseded\nsupersededBy: second-event" + Reason),
            ("events/second-event.yaml", RealSchema.Valid["events/an-event.yaml"] + "\nstatus: superseded\nsupersededBy: third-event" + Reason),
            ("events/third-event.yaml", RealSchema.Valid["events/an-event.yaml"]));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Theory]
    [InlineData("disputed")]
    [InlineData("retracted")]
    public void A_disputed_or_retracted_entry_without_a_reason_is_KB0024(string status)
    {
        var result = RealSchema.Run(("actors/an-actor.yaml", RealSchema.Valid["actors/an-actor.yaml"] + "\nstatus: " + status));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0024 Error actors/an-actor.yaml(3,9)"));
        Assert.Equal($"The field 'statusReason' is required when 'status' is {status}", message);
    }

    [Fact]
    public void A_blank_reason_is_KB0021()
    {
        var result = RealSchema.Run(("sources/a-report.yaml", RealSchema.Valid["sources/a-report.yaml"] + "\nstatus: retracted\nstatusReason: ' '"));

        RealSchema.AssertDiagnostics(result, "KB0021 Error sources/a-report.yaml(6,15)");
    }

    [Fact]
    public void A_complete_supersession_with_its_reason_is_accepted()
    {
        var result = RealSchema.Run(
            ("topics/a-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"] + "\nstatus: superseded\nsupersededBy: better-topic" + Reason),
            ("topics/better-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"] + "\nrelated:\n  - a-topic"));

        Assert.Empty(result.FormattedDiagnostics);
    }
}
