using System;
using System.Linq;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// The driver keeps each entry's written code between runs, not its bound value: the value's tree of small objects
/// was what the collections of a cold run copied most, and an edit re-writes the code of the edited entry alone.
/// </summary>
public sealed class EntryCodeTests
{
    [Fact]
    public void The_kept_summaries_hold_each_entrys_code_and_no_bound_value()
    {
        var run = Harness().Run().RunResult.Results.Single();

        var summaries = KeptSummaries.Of(run);
        Assert.Equal(5, summaries.Length);
        Assert.All(summaries, summary => Assert.Null(summary.Entry.Value));

        var valid = summaries.Single(summary => summary.Entry.Path.EndsWith("first.yaml", StringComparison.Ordinal));
        Assert.NotNull(valid.Code?.Data);
        Assert.EndsWith("public static global::Demo.Item First => ", valid.Code!.Member.ToString(), StringComparison.Ordinal);

        // A stub (a value that does not bind, a file that does not parse) has a member and no data; a file whose name
        // is no id has no member, so no code.
        foreach (var name in new[] { "stub.yaml", "broken.yaml" })
        {
            var stub = summaries.Single(summary => summary.Entry.Path.EndsWith(name, StringComparison.Ordinal));
            Assert.NotNull(stub.Code);
            Assert.Null(stub.Code!.Data);
        }

        Assert.Null(summaries.Single(summary => summary.Entry.Path.EndsWith("Not An Id.yaml", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void An_edit_writes_the_code_of_the_edited_entry_alone()
    {
        var harness = Harness();
        var before = KeptSummaries.Of(harness.Run().RunResult.Results.Single()).ToDictionary(summary => summary.Entry.Path, summary => summary.Code);

        harness.ReplaceFile("items/second.yaml", TestSchemas.ItemYaml.Replace("count: 42", "count: 43", StringComparison.Ordinal));
        var after = KeptSummaries.Of(harness.Run().RunResult.Results.Single());

        var rewritten = after.Where(summary => !ReferenceEquals(before[summary.Entry.Path], summary.Code)).Select(summary => summary.Entry.Path).ToList();
        Assert.Equal("second.yaml", Assert.Single(rewritten).Split('/').Last());
        Assert.NotEqual(before[rewritten[0]], after.Single(summary => summary.Entry.Path == rewritten[0]).Code);
    }

    private static GeneratorHarness Harness() => GeneratorHarness.Create(
        TestSchemas.Demo,
        ("items/first.yaml", TestSchemas.ItemYaml),
        ("items/second.yaml", TestSchemas.ItemYaml),
        ("items/stub.yaml", TestSchemas.ItemYaml.Replace("count: 42", "count: many", StringComparison.Ordinal)),
        ("items/broken.yaml", "title: [unclosed"),
        ("items/Not An Id.yaml", TestSchemas.ItemYaml));
}
