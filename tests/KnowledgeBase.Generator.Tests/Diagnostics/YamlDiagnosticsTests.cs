using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>Problems found while reading a file's YAML, before any field is bound: KB0002, KB0003, KB0014-KB0016 and KB0046-KB0048.</summary>
public sealed class YamlDiagnosticsTests
{
    // KB0001, malformed YAML at its cause, is in MalformedYamlCauseTests.

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void KB0002_an_empty_file_names_the_required_fields(string yaml)
    {
        var result = BrokenContent.Run("items/empty.yaml", yaml);

        var message = GeneratorAssert.Single(result, "KB0002", "items/empty.yaml", 1, 1);
        Assert.Equal("The file 'empty.yaml' is empty: an entry needs at least its required fields (title, flag, count, big, amount, ratio, date, colour, source)", message);
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("- title\n- flag\n", 1, 1, "a list")]
    [InlineData("\n\njust a sentence\n", 3, 1, "a single value")]
    public void KB0003_a_root_that_is_not_a_mapping_is_reported_where_it_starts(string yaml, int line, int column, string holds)
    {
        var result = BrokenContent.Run("items/not-a-mapping.yaml", yaml);

        var message = GeneratorAssert.Single(result, "KB0003", "items/not-a-mapping.yaml", line, column);
        Assert.EndsWith("but this file holds " + holds, message, StringComparison.Ordinal);
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0014_a_duplicate_key_is_reported_at_its_second_occurrence_and_the_first_value_wins()
    {
        var yaml = TestSchemas.ItemYaml.Replace("flag: true", "flag: true\ntitle: Second title", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/duplicate.yaml", yaml);

        Assert.Equal("The field 'title' appears more than once in this mapping", GeneratorAssert.Single(result, "KB0014", "items/duplicate.yaml", 3, 1));
        // The first title is the one compiled: after the id and the mask of given defaults, its UTF-8 length and text.
        Assert.Contains("9:duplicate0;21:An item with \\\"quotes\\\"", result.Source("Demo.Item.Duplicate.g.cs"), StringComparison.Ordinal);
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0014_a_duplicate_key_in_a_nested_mapping_is_reported_there()
    {
        var yaml = TestSchemas.ItemYaml.Replace("    page: 3", "    page: 3\n    text: Again", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/duplicate.yaml", yaml);

        Assert.Equal("The field 'text' appears more than once in this mapping", GeneratorAssert.Single(result, "KB0014", "items/duplicate.yaml", 16, 5));
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("summary: &a Line one", 16, 10, "Anchors are not supported in content files: write the value out in full")]
    [InlineData("summary: *a", 16, 10, "Aliases are not supported in content files: write the value out in full")]
    [InlineData("summary: !!str Line one", 16, 10, "Tags are not supported in content files: remove '!!str'; a field's type decides how its value is read")]
    [InlineData("summary: !custom Line one", 16, 10, "Tags are not supported in content files: remove '!custom'; a field's type decides how its value is read")]
    [InlineData("summary: Line one\n---\ntitle: Second entry", 17, 1, "Multiple documents are not supported in content files: one file holds exactly one entry")]
    [InlineData("summary: Line one\n? [a, b]\n: c", 17, 3, "Complex keys are not supported in content files: a field name is a plain word")]
    public void KB0015_unsupported_yaml_features_are_refused_where_they_appear(string summaryLine, int line, int column, string message)
    {
        var yaml = TestSchemas.ItemYaml.Replace("summary: Line one", summaryLine, StringComparison.Ordinal);
        var result = BrokenContent.Run("items/unsupported.yaml", yaml);

        Assert.Equal(message, GeneratorAssert.Single(result, "KB0015", "items/unsupported.yaml", line, column));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0046_nesting_deeper_than_the_limit_is_refused_at_the_first_level_too_deep()
    {
        // The root mapping is level 1, so the (MaxDepth)th '[' opens one level too many; it sits at column 7 + MaxDepth.
        var yaml = "title: " + new string('[', ContentLimits.MaxDepth + 8) + new string(']', ContentLimits.MaxDepth + 8) + "\n";
        var result = BrokenContent.Run("items/deep.yaml", yaml);

        Assert.Equal(
            Invariant($"The file is refused because values are nested more than {ContentLimits.MaxDepth} levels deep"),
            GeneratorAssert.Single(result, "KB0046", "items/deep.yaml", 1, 7 + ContentLimits.MaxDepth).Replace(",", string.Empty, StringComparison.Ordinal));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0047_more_nodes_than_the_limit_are_refused_at_the_first_node_too_many()
    {
        // Node 1 is the key 'tags' and item k is node k + 1, so item MaxNodes, on line MaxNodes + 1, is one too many.
        var yaml = "tags:\n" + string.Concat(Enumerable.Repeat("- x\n", ContentLimits.MaxNodes + 10));
        var result = BrokenContent.Run("items/many.yaml", yaml);

        Assert.Equal(
            Invariant($"The file is refused because the file has more than {ContentLimits.MaxNodes} values"),
            GeneratorAssert.Single(result, "KB0047", "items/many.yaml", ContentLimits.MaxNodes + 1, 3).Replace(",", string.Empty, StringComparison.Ordinal));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0048_a_scalar_longer_than_the_limit_is_refused_where_it_starts()
    {
        var yaml = "title: A title\nsummary: " + new string('x', ContentLimits.MaxScalarCharacters + 1) + "\n";
        var result = BrokenContent.Run("items/long.yaml", yaml);

        Assert.Equal(
            Invariant($"The file is refused because a value has {ContentLimits.MaxScalarCharacters + 1} characters; the limit is {ContentLimits.MaxScalarCharacters}"),
            GeneratorAssert.Single(result, "KB0048", "items/long.yaml", 2, 10).Replace(",", string.Empty, StringComparison.Ordinal));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0016_a_file_larger_than_the_limit_is_refused_before_it_is_parsed()
    {
        var yaml = "# " + new string('x', ContentLimits.MaxFileCharacters - 1);
        var result = BrokenContent.Run("items/huge.yaml", yaml);

        Assert.Equal(
            Invariant($"The file is refused because the file has {ContentLimits.MaxFileCharacters + 1} characters; the limit is {ContentLimits.MaxFileCharacters}"),
            GeneratorAssert.Single(result, "KB0016", "items/huge.yaml", 1, 1).Replace(",", string.Empty, StringComparison.Ordinal));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0016_a_file_exactly_at_the_size_limit_is_read()
    {
        var yaml = TestSchemas.ItemYaml + "\n# ";
        yaml += new string('x', ContentLimits.MaxFileCharacters - yaml.Length);
        var result = BrokenContent.Run("items/at-limit.yaml", yaml);

        Assert.Empty(result.FormattedDiagnostics);
        BrokenContent.AssertRestGenerates(result);
    }

    /// <summary>Limits as plain invariant numbers; messages are compared with any thousands separators removed.</summary>
    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
