using System.Text.RegularExpressions;
using KnowledgeBase.Shared;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Shared;

/// <summary>The id rule: what the generator enforces is what the pattern the JSON Schemas carry says.</summary>
public sealed class EntryIdsTests
{
    /// <summary><see cref="EntryIds.Pattern"/> read as ECMAScript reads it, where <c>$</c> is the very end.</summary>
    private static readonly Regex Ecmascript = new(EntryIds.Pattern[..^1] + @"\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("a", true)]
    [InlineData("0", true)]
    [InlineData("123", true)]
    [InlineData("deepseek-r1-release", true)]
    [InlineData("1-starts-with-digit", true)]
    [InlineData("", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-", false)]
    [InlineData("Upper", false)]
    [InlineData("snake_case", false)]
    [InlineData("with space", false)]
    [InlineData("line-break\n", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("d\u0131rk", false)]
    [InlineData("\u0661\u0662", false)]
    public void An_id_is_valid_exactly_when_the_pattern_matches(string id, bool valid)
    {
        Assert.Equal(valid, EntryIds.IsValid(id));
        Assert.Equal(valid, Ecmascript.IsMatch(id));
    }

    [Fact]
    public void An_id_has_at_most_120_characters()
    {
        Assert.True(EntryIds.IsValid(new string('a', EntryIds.MaxLength)));
        Assert.False(EntryIds.IsValid(new string('a', EntryIds.MaxLength + 1)));
        Assert.Equal(120, EntryIds.MaxLength);
    }
}
