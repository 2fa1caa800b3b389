using System.Text;
using CsCheck;
using KnowledgeBase.Generator.Common;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// What the driver keeps of an entry's code as UTF-8 (<see cref="Utf8Text"/>) writes back exactly the text it was made
/// from, and two texts are equal exactly when their strings are: the kept code decides which files are emitted again.
/// Generated code holds no lone surrogate (literals escape them, docs replace them), so the strings here have none.
/// </summary>
public sealed class Utf8TextProperties
{
    [Fact]
    public void Kept_text_writes_back_what_it_was_made_from()
    {
        ContentGen.YamlString.Sample(
            text =>
            {
                var written = new StringBuilder("before|");
                Of(text).AppendTo(written);
                Assert.Equal("before|" + text, written.ToString());
                Assert.Equal(text, Of(text).ToString());
                Assert.Equal(text.Length > 0 && text[^1] == '\n', Of(text).EndsLine);
            },
            iter: 20_000);
    }

    [Fact]
    public void Texts_are_equal_exactly_when_their_strings_are()
    {
        Gen.Select(ContentGen.YamlString, ContentGen.YamlString).Sample(
            (left, right) =>
            {
                Assert.Equal(left == right, Of(left).Equals(Of(right)));
                Assert.True(Of(left).Equals(Of(left)));
                Assert.Equal(Of(left).GetHashCode(), Of(left).GetHashCode());
            },
            iter: 20_000);
        Assert.NotEqual(Of("é"), Of("e"));
    }

    private static Utf8Text Of(string text) => Utf8Text.Of(new StringBuilder(text));
}
