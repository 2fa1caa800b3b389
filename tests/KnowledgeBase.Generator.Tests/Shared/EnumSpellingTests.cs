using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using KnowledgeBase.Shared;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Shared;

/// <summary>Enum spellings: kebab-case round trips, and the JSON Schema pattern accepts exactly what binding accepts.</summary>
public sealed class EnumSpellingTests
{
    [Theory]
    [InlineData("AiModel", "ai-model")]
    [InlineData("WorkingPaper", "working-paper")]
    [InlineData("UsDollars", "us-dollars")]
    [InlineData("GPT4", "g-p-t4")]
    [InlineData("Gpt4o", "gpt4o")]
    [InlineData("IOError", "i-o-error")]
    [InlineData("Top10List", "top10-list")]
    [InlineData("A1B2", "a1-b2")]
    [InlineData("X", "x")]
    [InlineData("\u00c4rger", "\u00c4rger")]
    public void Kebab_case_marks_every_ascii_capital_and_binds_back_to_its_member(string member, string kebab)
    {
        Assert.Equal(kebab, EnumSpelling.ToKebabCase(member));
        Assert.True(EnumSpelling.Names(kebab, member));
    }

    [Fact]
    public void Names_compares_the_two_folds_without_making_them()
    {
        var spelling = Gen.Char["aAbB-_\u0131\u00c41"].Array[0, 8].Select(characters => new string(characters));
        Gen.Select(spelling, spelling).Sample(
            (text, member) => Assert.Equal(EnumSpelling.Fold(text) == EnumSpelling.Fold(member), EnumSpelling.Names(text, member)),
            iter: 20_000);
    }

    [Fact]
    public void Members_that_differ_in_more_than_case_never_share_a_kebab_spelling()
    {
        string[] members = ["GptModel", "GPTModel", "GptmOdel", "Top10", "Top1O", "IoError", "IOError", "A1B2", "A1b2"];

        var spellings = members.Select(EnumSpelling.ToKebabCase).ToList();

        Assert.Equal(members.Length, spellings.Distinct(System.StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("ai-model", true)]
    [InlineData("aiModel", true)]
    [InlineData("AiModel", true)]
    [InlineData("AIMODEL", true)]
    [InlineData("AI_MODEL", true)]
    [InlineData("-ai--model_", true)]
    [InlineData("aimodel", true)]
    [InlineData("ai model", false)]
    [InlineData("ai-models", false)]
    [InlineData("a-model", false)]
    [InlineData("\u0430i-model", false)]
    [InlineData("a\u0131-model", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("g-p-t4", true)]
    [InlineData("gpt4", true)]
    [InlineData("GPT-4", true)]
    [InlineData("gpt5", false)]
    [InlineData("\u00e4rger", false)]
    [InlineData("\u00c4RGER", true)]
    public void The_schema_pattern_accepts_exactly_the_spellings_binding_accepts(string text, bool accepted)
    {
        string[] members = ["Company", "AiModel", "GPT4", "\u00c4rger"];
        var pattern = new Regex(EnumSpelling.Pattern(members), RegexOptions.ECMAScript);

        Assert.Equal(accepted, members.Any(member => EnumSpelling.Names(text, member)));
        Assert.Equal(accepted, pattern.IsMatch(text));
    }
}
