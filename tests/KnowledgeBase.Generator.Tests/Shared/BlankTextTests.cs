using System.Text.RegularExpressions;
using KnowledgeBase.Shared;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Shared;

/// <summary>Blank text is .NET's white space, and the pattern the JSON Schemas carry says the same in either regex dialect.</summary>
public sealed class BlankTextTests
{
    [Fact]
    public void White_space_is_exactly_what_dotnet_calls_white_space_and_what_the_pattern_excludes()
    {
        var ecmascript = new Regex(BlankText.NotBlankPattern, RegexOptions.ECMAScript);
        var dotnet = new Regex(BlankText.NotBlankPattern, RegexOptions.CultureInvariant);
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var character = (char)code;
            var text = character.ToString();

            Assert.True(char.IsWhiteSpace(character) == BlankText.IsWhiteSpace(character), $"U+{code:X4}");
            Assert.True(BlankText.IsWhiteSpace(character) != ecmascript.IsMatch(text), $"U+{code:X4}");
            Assert.True(BlankText.IsWhiteSpace(character) != dotnet.IsMatch(text), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("  \t\n", true)]
    [InlineData("\u0085", true)]
    [InlineData("\u3000\u00A0", true)]
    [InlineData("\uFEFF", false)]
    [InlineData(" a ", false)]
    public void A_text_is_blank_when_every_character_is_white_space(string text, bool blank)
    {
        Assert.Equal(blank, BlankText.IsBlank(text));
    }
}
