using System;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Checks;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// The limits that span files: a collection holds at most the entries its record can hold (its
/// <see cref="IndexedEntry.EntryLimit"/>, derived by <c>EntryLimits</c>), and member names that differ only in case collide (generated file names ignore case). Which entry
/// is refused depends on ids alone, never on the order files arrive in.
/// </summary>
public sealed class LimitTests
{
    private const string Items = "global::Demo.Item";
    private const string Sources = "global::Demo.Source";

    /// <summary>A collection limit small enough to test quickly; the real one is derived per record (EntryLimitTests).</summary>
    private const int Limit = 2_000;

    [Fact]
    public void Entries_past_the_collection_limit_are_refused_in_id_order_whatever_the_file_order()
    {
        var items = Enumerable.Range(0, Limit + 3).Select(number => Entry(Items, $"item-{number:D6}")).ToList();
        var sources = Enumerable.Range(0, 10).Select(number => Entry(Sources, $"source-{number}")).ToList();
        var shuffled = items.Concat(sources).OrderBy(entry => entry!.Path.GetHashCode(StringComparison.Ordinal)).ToImmutableArray();

        var index = ContentIndex.Build(shuffled, default);

        var expected = items.Skip(Limit).Select(entry => entry!.Path).ToList();
        Assert.Equal(expected, index.SkippedPaths);
        Assert.Equal(expected, index.Diagnostics.Select(diagnostic => diagnostic.Location!.FilePath));
        Assert.All(index.Diagnostics, diagnostic => Assert.Equal("KB0043", diagnostic.DescriptorId));
        Assert.Equal(Limit.ToString(CultureInfo.InvariantCulture), index.Diagnostics[0].Arguments[1]);
        Assert.Equal(index, ContentIndex.Build([.. items, .. sources], default));
    }

    [Fact]
    public void Entries_past_the_data_budget_become_stubs_in_id_order_whatever_the_file_order()
    {
        // The budget is counted from typed values (EntryText); here three entries of 40% of it each.
        const long budget = 1_000_000;
        EntryText Text(string id) => new(Items, id, $"/repo/content/items/{id}.yaml", budget * 2 / 5);
        var entries = ImmutableArray.Create<EntryText?>(Text("c-item"), Text("a-item"), null, Text("b-item"));

        var result = TextBudget.Build(entries, budget, default);

        Assert.Equal(["/repo/content/items/c-item.yaml"], result.OverBudgetPaths);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KB0045", diagnostic.DescriptorId);
        Assert.Equal(["c-item", "800000", "1000000"], diagnostic.Arguments);
        Assert.Equal(result, TextBudget.Build([.. entries.Reverse()], budget, default));
    }

    [Fact]
    public void Member_names_that_differ_only_in_case_collide_and_the_first_id_in_order_keeps_its_member()
    {
        var index = ContentIndex.Build([Entry(Items, "abc", "Abc"), Entry(Items, "ab-c", "AbC"), Entry(Sources, "abc", "Abc")], default);

        Assert.Equal(["/repo/content/items/abc.yaml"], index.SkippedPaths);
        var diagnostic = Assert.Single(index.Diagnostics);
        Assert.Equal("KB0010", diagnostic.DescriptorId);
        Assert.Contains("differs only in case from the member 'AbC' of the entry 'ab-c'", diagnostic.Arguments[2], StringComparison.Ordinal);
    }

    private static IndexedEntry? Entry(string type, string id, string? identifier = null) =>
        new(type, id, identifier ?? Common.Naming.ToIdentifier(id), $"/repo/content/{(type == Items ? "items" : "sources")}/{id}.yaml", IsValid: true, EntryLimit: Limit);
}
