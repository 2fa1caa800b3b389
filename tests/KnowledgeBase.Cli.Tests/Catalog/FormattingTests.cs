using KnowledgeBase.Catalog;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Catalog;

public class FormattingTests
{
    [Theory]
    [InlineData(-593_700_000_000, Unit.UsDollars, "-US$593.7 billion")]
    [InlineData(1_000_000_000_000, Unit.UsDollars, "US$1 trillion")]
    [InlineData(118.58, Unit.UsDollars, "US$118.58")]
    [InlineData(-16.86, Unit.Percent, "-16.86%")]
    [InlineData(2_788_000, Unit.GpuHours, "2.788 million GPU hours")]
    [InlineData(671_000_000_000, Unit.Parameters, "671 billion parameters")]
    [InlineData(6, Unit.Count, "6")]
    [InlineData(12_345, Unit.Gpus, "12,345 GPUs")]
    public void Quantities_read_as_a_person_writes_them(double value, Unit unit, string expected)
    {
        Assert.Equal(expected, Quantity.Format((decimal)value, unit));
    }

    [Fact]
    public void Reported_values_carry_their_qualifier_and_range()
    {
        Assert.Equal("about US$600 billion", Quantity.Describe(new ReportedValue([], Value: 600_000_000_000m, Qualifier: Qualifier.Approximately), Unit.UsDollars));
        Assert.Equal("US$60 billion to US$65 billion", Quantity.Describe(new ReportedValue([], Low: 60_000_000_000m, High: 65_000_000_000m), Unit.UsDollars));
        Assert.Equal("at most 0.66%", Quantity.Describe(new ReportedValue([], Value: 0.66m, Qualifier: Qualifier.AtMost), Unit.Percent));
        Assert.Equal("up to 5%", Quantity.Describe(new ReportedValue([], High: 5m), Unit.Percent));
    }

    [Theory]
    [InlineData("nvidai", "nvidia")]
    [InlineData("NVIDIA", "nvidia")]
    [InlineData("deepseek-r2-release", "deepseek-r1-release")]
    [InlineData("evnts", "events")]
    public void Closest_matches_find_typos_and_case(string input, string expected)
    {
        Assert.Equal(expected, ClosestMatches.Find(input, ["nvidia", "deepseek-r1-release", "events", "actors"])[0]);
    }

    [Fact]
    public void Closest_matches_offer_nothing_for_unrelated_input()
    {
        Assert.Empty(ClosestMatches.Find("zzzzzzzz", ["nvidia", "events"]));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_is_levenshtein(string left, string right, int expected)
    {
        Assert.Equal(expected, ClosestMatches.Distance(left, right));
    }
}
