using System;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>Every actor and topic is used by another entry; one that is not gets a warning (not an error) at its file.</summary>
public sealed class UnusedEntryRuleTests
{
    private const string Lonely = "name: A lonely actor\nkind: person";

    [Fact]
    public void An_actor_nobody_refers_to_is_a_KB0028_warning_at_its_file()
    {
        var result = RealSchema.Run(("actors/lonely.yaml", Lonely));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0028 Warning actors/lonely.yaml(1,1)"));
        Assert.Equal("The entry 'lonely' of 'actors' is not referred to by any other entry; refer to it or remove it", message);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void A_topic_nobody_refers_to_is_a_KB0028_warning()
    {
        var result = RealSchema.Run(("topics/unused-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"]));

        RealSchema.AssertDiagnostics(result, "KB0028 Warning topics/unused-topic.yaml(1,1)");
    }

    [Fact]
    public void An_entry_that_only_refers_to_itself_is_still_unused()
    {
        var result = RealSchema.Run(("topics/unused-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"] + "\nrelated:\n  - unused-topic"));

        RealSchema.AssertDiagnostics(
            result,
            "KB0027 Error topics/unused-topic.yaml(4,5)",
            "KB0028 Warning topics/unused-topic.yaml(1,1)");
    }

    [Fact]
    public void Sources_events_and_claims_need_no_reference()
    {
        var result = RealSchema.Run(("events/second-event.yaml", RealSchema.Valid["events/an-event.yaml"]));

        Assert.Empty(result.FormattedDiagnostics);
    }

    [Fact]
    public void Referring_to_the_actor_from_another_file_clears_the_warning_and_removing_that_brings_it_back()
    {
        var harness = RealSchema.Harness(("actors/lonely.yaml", Lonely));
        Assert.Single(harness.Run().Diagnostics);

        var figure = RealSchema.Valid["figures/a-figure.yaml"];
        harness.ReplaceFile("figures/a-figure.yaml", figure.Replace("actor: an-actor", "actor: lonely", StringComparison.Ordinal));
        var moved = harness.Run();

        Assert.Empty(moved.FormattedDiagnostics);

        harness.ReplaceFile("figures/a-figure.yaml", figure);
        RealSchema.AssertDiagnostics(harness.Run(), "KB0028 Warning actors/lonely.yaml(1,1)");
    }
}
