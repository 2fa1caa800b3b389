using System;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>A reported value is a value or a low–high range with low ≤ high; percentages lie between -100 and 1,000.</summary>
public sealed class ValueRuleTests
{
    private const string Value = "  - value: -589";

    private static (string Path, string? Text) Values(string replacement) => RealSchema.Edit("figures/a-figure.yaml", Value, replacement);

    private static (string Path, string? Text) Percent(string replacement) => ("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"]
        .Replace("unit: us-dollars", "unit: percent", StringComparison.Ordinal)
        .Replace(Value, replacement, StringComparison.Ordinal));

    [Fact]
    public void A_range_with_low_above_high_is_KB0029_at_low()
    {
        var result = RealSchema.Run(Values("  - low: 600\n    high: 589"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0029 Error figures/a-figure.yaml(8,10)"));
        Assert.Equal("The field 'low' (600) must not be greater than 'high' (589)", message);
    }

    [Fact]
    public void A_range_with_low_equal_to_high_is_accepted()
    {
        Assert.Empty(RealSchema.Run(Values("  - low: 589\n    high: 589.0")).FormattedDiagnostics);
    }

    [Fact]
    public void A_value_with_neither_a_value_nor_a_range_is_KB0030()
    {
        var result = RealSchema.Run(Values("  - qualifier: approximately"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0030 Error figures/a-figure.yaml(8,5)"));
        Assert.Equal("ReportedValue needs exactly one of 'value', or 'low' and 'high', but it has none", message);
    }

    [Fact]
    public void Half_a_range_is_KB0030_at_the_half_given()
    {
        var result = RealSchema.Run(Values("  - low: 589"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0030 Error figures/a-figure.yaml(8,5)"));
        Assert.EndsWith("but 'low' is given without 'high'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_and_a_range_together_are_KB0030()
    {
        var result = RealSchema.Run(Values("  - value: 590\n    low: 589\n    high: 600"));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0030 Error figures/a-figure.yaml(9,5)"));
        Assert.EndsWith("but it has 'value' as well as 'low' and 'high'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-100")]
    [InlineData("-17")]
    [InlineData("0.71")]
    [InlineData("1000")]
    public void Percentages_from_a_total_loss_to_a_tenfold_rise_are_accepted(string value)
    {
        Assert.Empty(RealSchema.Run(Percent("  - value: " + value)).FormattedDiagnostics);
    }

    [Theory]
    [InlineData("-100.5")]
    [InlineData("1700")]
    public void A_percentage_out_of_range_is_KB0031(string value)
    {
        var result = RealSchema.Run(Percent("  - value: " + value));

        var message = Assert.Single(RealSchema.AssertDiagnostics(result, "KB0031 Error figures/a-figure.yaml(8,12)"));
        Assert.Equal($"The field 'value' is {value}, outside -100 to 1000, the range allowed when 'unit' is percent", message);
    }

    [Fact]
    public void Both_ends_of_a_percentage_range_are_checked()
    {
        var result = RealSchema.Run(Percent("  - low: -200\n    high: 5000"));

        RealSchema.AssertDiagnostics(
            result,
            "KB0031 Error figures/a-figure.yaml(8,10)",
            "KB0031 Error figures/a-figure.yaml(9,11)");
    }

    [Fact]
    public void Amounts_in_other_units_are_not_bounded()
    {
        Assert.Empty(RealSchema.Run(Values("  - value: -600000000000")).FormattedDiagnostics);
    }

    [Fact]
    public void A_rule_error_leaves_the_entrys_value_buildable()
    {
        var result = RealSchema.Run(Values("  - low: 600\n    high: 589"));

        var source = result.Source("KnowledgeBase.Figure.AFigure.g.cs");
        Assert.Contains("=> global::KnowledgeBase.Figure.__KbData.Get(", source, StringComparison.Ordinal);
        Assert.Contains("600;", source, StringComparison.Ordinal);
        Assert.DoesNotContain("has content errors", source, StringComparison.Ordinal);
    }
}
