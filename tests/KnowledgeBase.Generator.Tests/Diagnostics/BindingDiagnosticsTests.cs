using System;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>Problems found while binding fields to the record's constructor parameters: KB0004-KB0007.</summary>
public sealed class BindingDiagnosticsTests
{
    [Fact]
    public void KB0004_an_unknown_key_suggests_the_closest_field()
    {
        var yaml = TestSchemas.ItemYaml.Replace("summary: Line one", "sumary: Line one", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/typo.yaml", yaml);

        Assert.Equal("'sumary' is not a field of Item; did you mean 'summary'?", GeneratorAssert.Single(result, "KB0004", "items/typo.yaml", 16, 1));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0004_an_unknown_key_in_a_nested_record_suggests_from_that_records_fields()
    {
        var yaml = TestSchemas.ItemYaml.Replace("    page: 3", "    pgae: 3", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/typo.yaml", yaml);

        Assert.Equal("'pgae' is not a field of Note; did you mean 'page'?", GeneratorAssert.Single(result, "KB0004", "items/typo.yaml", 15, 5));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0004_an_unknown_key_with_no_close_field_lists_every_field()
    {
        var yaml = TestSchemas.SourceYaml + "\nwhatever: x";
        var result = BrokenContent.Run("sources/other.yaml", yaml);

        Assert.Equal("'whatever' is not a field of Source; its fields are: title, published, url", GeneratorAssert.Single(result, "KB0004", "sources/other.yaml", 3, 1));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0005_a_missing_required_field_is_reported_at_the_start_of_its_mapping()
    {
        var yaml = TestSchemas.ItemYaml.Replace("count: 42\n", string.Empty, StringComparison.Ordinal);
        var result = BrokenContent.Run("items/incomplete.yaml", yaml);

        Assert.Equal("Item requires the field 'count' (a whole number), which is missing", GeneratorAssert.Single(result, "KB0005", "items/incomplete.yaml", 1, 1));
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ~")]
    [InlineData("title: null")]
    public void KB0005_a_required_field_left_empty_is_reported_at_its_key(string titleLine)
    {
        var yaml = TestSchemas.ItemYaml.Replace("title: \"An item with \\\"quotes\\\"\"", titleLine, StringComparison.Ordinal);
        var result = BrokenContent.Run("items/incomplete.yaml", yaml);

        Assert.Equal("Item requires the field 'title' (text), which is empty", GeneratorAssert.Single(result, "KB0005", "items/incomplete.yaml", 1, 1));
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0005_a_missing_field_of_a_nested_record_is_reported_at_that_record()
    {
        var yaml = TestSchemas.ItemYaml.Replace("  - text: A note\n    page: 3", "  - page: 3", StringComparison.Ordinal);
        var result = BrokenContent.Run("items/incomplete.yaml", yaml);

        Assert.Equal("Note requires the field 'text' (text), which is missing", GeneratorAssert.Single(result, "KB0005", "items/incomplete.yaml", 14, 5));
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("date: 2025-01-27", "date: 2025-13-40", 7, 7, "The field 'date' expects a date written yyyy-MM-dd, but the value is '2025-13-40', which is no day of the calendar")]
    [InlineData("date: 2025-01-27", "date: 2025-02-29", 7, 7, "The field 'date' expects a date written yyyy-MM-dd, but the value is '2025-02-29', which is no day of the calendar")]
    [InlineData("date: 2025-01-27", "date: 27/01/2025", 7, 7, "The field 'date' expects a date written yyyy-MM-dd, but the value is '27/01/2025'")]
    [InlineData("count: 42", "count: abc", 3, 8, "The field 'count' expects a whole number, but the value is 'abc'")]
    [InlineData("count: 42", "count: 4.2", 3, 8, "The field 'count' expects a whole number, but the value is '4.2'")]
    [InlineData("amount: 593.7", "amount: 593,7", 5, 9, "The field 'amount' expects a number, but the value is '593,7'")]
    [InlineData("ratio: 0.5", "ratio: .nan", 6, 8, "The field 'ratio' expects a number, but the value is '.nan'")]
    [InlineData("flag: true", "flag: yes", 2, 7, "The field 'flag' expects true or false, but the value is 'yes'")]
    [InlineData("count: 42", "count:\n  - 42", 4, 3, "The field 'count' expects a whole number, but the value is a list")]
    [InlineData("title: \"An item with \\\"quotes\\\"\"", "title:\n  text: nested", 2, 3, "The field 'title' expects text, but the value is a mapping")]
    [InlineData("link: https://example.org/page", "link: example.org/page", 18, 7, "The field 'link' expects an absolute URL such as https://example.org/page, but the value is 'example.org/page'")]
    [InlineData("  - two", "  - [two]", 12, 5, "The field 'tags' expects text, but the value is a list")]
    [InlineData("tags:\n  - one\n  - two", "tags: one", 10, 7, "The field 'tags' expects a list, but the value is 'one'")]
    [InlineData("source: a-source", "source: [a-source]", 9, 9, "The field 'source' expects the id of an entry, but the value is a list")]
    [InlineData("amount: 593.7", "amount: \"593.7\"", 5, 9, "The field 'amount' expects a number, but the value is '593.7', which is in quotes, so YAML reads it as text; write it without quotes")]
    [InlineData("count: 42", "count: '42'", 3, 8, "The field 'count' expects a whole number, but the value is '42', which is in quotes, so YAML reads it as text; write it without quotes")]
    [InlineData("flag: true", "flag: \"true\"", 2, 7, "The field 'flag' expects true or false, but the value is 'true', which is in quotes, so YAML reads it as text; write it without quotes")]
    [InlineData("summary: Line one", "summary: 1984", 16, 10, "The field 'summary' expects text, but the value is '1984', which YAML reads as a number; put it in quotes to keep it as text")]
    [InlineData("summary: Line one", "summary: false", 16, 10, "The field 'summary' expects text, but the value is 'false', which YAML reads as true or false; put it in quotes to keep it as text")]
    [InlineData("date: 2025-01-27", "date: 20250127", 7, 7, "The field 'date' expects a date written yyyy-MM-dd, but the value is '20250127', which YAML reads as a number; put it in quotes to keep it as text")]
    [InlineData("source: a-source", "source: 2024", 9, 9, "The field 'source' expects the id of an entry, but the value is '2024', which YAML reads as a number; put it in quotes to keep it as text")]
    public void KB0006_a_value_of_the_wrong_type_is_reported_at_the_value(string line, string replacement, int atLine, int atColumn, string message)
    {
        var yaml = TestSchemas.ItemYaml.Replace(line, replacement, StringComparison.Ordinal);
        Assert.NotEqual(TestSchemas.ItemYaml, yaml);
        var result = BrokenContent.Run("items/wrong.yaml", yaml);

        Assert.Equal(message, GeneratorAssert.Single(result, "KB0006", "items/wrong.yaml", atLine, atColumn));
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData("colour: dark-blue", "colour: green", 8, 9, "'green' is not a valid value for 'colour'; valid values are: red, dark-blue")]
    [InlineData("shade: red", "shade: dark_green", 17, 8, "'dark_green' is not a valid value for 'shade'; valid values are: red, dark-blue")]
    [InlineData("shade: red", "shade: red\nstatus: withdrawn", 18, 9, "'withdrawn' is not a valid value for 'status'; valid values are: current, disputed, superseded, retracted")]
    public void KB0007_an_unknown_enum_value_lists_the_valid_ones(string line, string replacement, int atLine, int atColumn, string message)
    {
        var yaml = TestSchemas.ItemYaml.Replace(line, replacement, StringComparison.Ordinal);
        var result = BrokenContent.Run("items/wrong-enum.yaml", yaml);

        Assert.Equal(message, GeneratorAssert.Single(result, "KB0007", "items/wrong-enum.yaml", atLine, atColumn));
        BrokenContent.AssertRestGenerates(result);
    }
}
