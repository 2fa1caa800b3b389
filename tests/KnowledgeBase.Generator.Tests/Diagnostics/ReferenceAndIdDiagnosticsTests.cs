using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>Problems with what entries are called and what they point to: KB0008-KB0011.</summary>
public sealed class ReferenceAndIdDiagnosticsTests
{
    [Fact]
    public void KB0008_a_dangling_reference_names_the_collection_and_suggests_the_closest_id()
    {
        var yaml = TestSchemas.ItemYaml.Replace("source: a-source", "source: a-sauce", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/dangling.yaml", yaml);

        Assert.Equal(
            "The field 'source' refers to 'a-sauce', but the collection 'sources' has no such entry; did you mean 'a-source'?",
            GeneratorAssert.Single(result, "KB0008", "items/dangling.yaml", 9, 9));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0008_a_dangling_reference_in_a_list_is_reported_at_the_item_without_a_far_fetched_suggestion()
    {
        var yaml = TestSchemas.ItemYaml + "\nrelated:\n  - good\n  - something-else-entirely";
        var result = BrokenContent.Run("items/dangling.yaml", yaml);

        Assert.Equal(
            "The field 'related' refers to 'something-else-entirely', but the collection 'items' has no such entry",
            GeneratorAssert.Single(result, "KB0008", "items/dangling.yaml", 21, 5));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0008_a_reference_to_an_entry_that_is_added_later_stops_dangling()
    {
        var yaml = TestSchemas.ItemYaml.Replace("source: a-source", "source: b-source", StringComparison.Ordinal);
        var harness = GeneratorHarness.Create(TestSchemas.Demo, ("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/entry.yaml", yaml));
        Assert.Equal("KB0008", Assert.Single(harness.Run().Diagnostics).Id);

        harness.AddFile("sources/b-source.yaml", TestSchemas.SourceYaml);

        Assert.Empty(harness.Run().FormattedDiagnostics);
    }

    [Theory]
    [InlineData("Bad_Id", "bad-id")]
    [InlineData("DeepSeekR1", "deep-seek-r1")]
    [InlineData("double--hyphen", "double-hyphen")]
    [InlineData("-leading", "leading")]
    [InlineData("trailing-", "trailing")]
    [InlineData("with space", "with-space")]
    public void KB0009_an_id_that_is_not_lower_kebab_case_suggests_one_that_is(string id, string suggestion)
    {
        var result = BrokenContent.Run("items/" + id + ".yaml", TestSchemas.ItemYaml);

        var message = GeneratorAssert.Single(result, "KB0009", "items/" + id + ".yaml", 1, 1);
        Assert.Equal($"The file name '{id}' is not a valid entry id: ids are lower kebab-case (letters a-z, digits, single hyphens between words), for example '{suggestion}'", message);
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0009_an_id_longer_than_120_characters_is_refused()
    {
        var id = string.Join("-", Enumerable.Repeat("word", 25));
        var result = BrokenContent.Run("items/" + id + ".yaml", TestSchemas.ItemYaml);

        GeneratorAssert.Single(result, "KB0009", "items/" + id + ".yaml", 1, 1);
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0010_two_ids_with_the_same_member_name_report_the_second_in_id_order()
    {
        var result = BrokenContent.Run(TestSchemas.Demo, ("items/ab1.yaml", TestSchemas.ItemYaml), ("items/ab-1.yaml", TestSchemas.ItemYaml));

        Assert.Equal(
            "The id 'ab1' becomes the C# member 'Ab1', which the entry 'ab-1' already has; rename the file",
            GeneratorAssert.Single(result, "KB0010", "items/ab1.yaml", 1, 1));
        Assert.Contains("from content/items/ab-1.yaml", result.Source("Demo.Item.Ab1.g.cs"), StringComparison.Ordinal);
        Assert.Single(result.Sources, source => source.HintName == "Demo.Item.Ab1.g.cs");
        BrokenContent.AssertRestGenerates(result);
    }

    /// <summary>One case per rule of what else an id must not become is in <c>Adversarial/ReservedIdTests</c>.</summary>
    [Theory]
    [InlineData("title", "Title")]
    [InlineData("superseded-by", "SupersededBy")]
    public void KB0010_an_id_that_becomes_a_member_the_record_already_has_is_refused(string id, string member)
    {
        var result = BrokenContent.Run("items/" + id + ".yaml", TestSchemas.ItemYaml);

        Assert.Equal(
            $"The id '{id}' becomes the C# member '{member}', which is already a member of Item; rename the file",
            GeneratorAssert.Single(result, "KB0010", "items/" + id + ".yaml", 1, 1));
        GeneratorAssert.NotGenerated(result, "Demo.Item." + member + ".g.cs");
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0011_a_folder_no_collection_claims_lists_the_known_folders()
    {
        var result = BrokenContent.Run("things/thing.yaml", TestSchemas.ItemYaml);

        Assert.Equal(
            "No collection claims the folder 'things'; known folders are: items, sources",
            GeneratorAssert.Single(result, "KB0011", "things/thing.yaml", 1, 1));
        BrokenContent.AssertRestGenerates(result);
    }
}
