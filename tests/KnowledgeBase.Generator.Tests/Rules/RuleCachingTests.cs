using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>
/// The rules across entries stay incremental: an edit that changes no date, replacement or use leaves the rule
/// index equal, so no other entry is checked again; an edit that does change one reaches exactly the entries it affects.
/// </summary>
public sealed class RuleCachingTests
{
    [Fact]
    public void Editing_an_events_summary_leaves_the_rule_index_and_every_other_entrys_check_untouched()
    {
        var harness = RealSchema.Harness();
        var before = EntryCheckCount.Checks(harness.Run().RunResult.Results.Single());

        harness.ReplaceFile("events/an-event.yaml", RealSchema.Valid["events/an-event.yaml"].Replace("It happened on the day.", "It happened, as reported the next day.", StringComparison.Ordinal));
        var run = harness.Run().RunResult.Results.Single();

        // The index's facts (keys, dates, links and uses, not positions) are compared and found equal: no rebuild.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(run, TrackingNames.RuleFacts)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(run, TrackingNames.RuleIndex)));
        // The edited entry is checked again (its diagnostics come out the same, so nothing is reported again); every
        // other entry's check is taken from the last run.
        Assert.Equal(1, EntryCheckCount.CheckedAgain(before, run));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(run, TrackingNames.CheckEntry)));
    }

    [Fact]
    public void Changing_a_publication_date_changes_the_rule_index_and_rechecks_against_it()
    {
        var harness = RealSchema.Harness();
        harness.Run();

        harness.ReplaceFile("sources/a-report.yaml", RealSchema.Valid["sources/a-report.yaml"].Replace("2025-01-28", "2025-02-28", StringComparison.Ordinal));
        var run = harness.Run().RunResult.Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(run, TrackingNames.RuleIndex)));
        var facts = Reasons(run, TrackingNames.RuleFacts);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(facts, reason => reason != IncrementalStepRunReason.Cached));
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.TryGetValue(step, out var steps), $"No step '{step}' ran.");
        return [.. steps.SelectMany(each => each.Outputs).Select(output => output.Reason)];
    }
}
