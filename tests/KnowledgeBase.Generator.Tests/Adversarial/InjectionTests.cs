using System.Globalization;
using KnowledgeBase.Generator.Common;
using System.Linq;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// The three ways content text reaches the build, pinned to exact output: C# literals, XML doc text and
/// diagnostic messages. The property tests try random text; these show the cases that matter by name.
/// </summary>
public sealed class InjectionTests
{
    [Theory]
    [InlineData("a\u202Eb", "\"a\\u202Eb\"")]
    [InlineData("\u2066x\u2069", "\"\\u2066x\\u2069\"")]
    [InlineData("tag\U000E0041", "\"tag\\U000E0041\"")]
    [InlineData("zero\u200Bwidth", "\"zero\\u200Bwidth\"")]
    [InlineData("line\u2028para\u2029nel\u0085", "\"line\\u2028para\\u2029nel\\u0085\"")]
    [InlineData("\"); System.Environment.Exit(1); //", "\"\\\"); System.Environment.Exit(1); //\"")]
    [InlineData("*/ #if X \"\"\" \\", "\"*/ #if X \\\"\\\"\\\" \\\\\"")]
    [InlineData("emoji \U0001F600", "\"emoji \U0001F600\"")]
    public void A_literal_escapes_everything_that_could_hide_or_break_code(string value, string expected)
    {
        var literal = Text.Literal(value);

        Assert.Equal(expected, literal);
        Assert.Equal(value, ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.ValueText);
    }

    [Fact]
    public void A_literal_of_a_lone_surrogate_or_control_is_pure_ascii_and_compiles_to_the_same_string()
    {
        // Built here, not passed as theory data: a lone surrogate does not survive a test runner's serialization.
        foreach (var value in new[] { "\uD800", "\uDFFF tail", "pair cut \uD83D", "\uDE00 reversed \uD83D", "\0\r\n\t" })
        {
            var literal = Text.Literal(value);

            Assert.All(literal, character => Assert.InRange(character, ' ', '~'));
            Assert.Equal(value, ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.ValueText);
        }
    }

    [Theory]
    [InlineData("</summary><script>&amp;", "&lt;/summary&gt;&lt;script&gt;&amp;amp;")]
    [InlineData("one\r\ntwo\u2028three\u0085four\nfive", "one two three four five")]
    [InlineData("rocket \U0001F680 kept", "rocket \U0001F680 kept")]
    [InlineData("bidi \u202E shown", "bidi &#x202E; shown")]
    [InlineData("tag \U000E0041 shown", "tag &#xE0041; shown")]
    [InlineData("plain text, kept as it is", "plain text, kept as it is")]
    [InlineData(" spaces  collapsed and trimmed ", "spaces collapsed and trimmed")]
    [InlineData("ampersand & angle > in plain text", "ampersand &amp; angle &gt; in plain text")]
    public void Doc_text_escapes_markup_collapses_lines_and_keeps_only_characters_xml_allows(string value, string expected) =>
        Assert.Equal(expected, Text.XmlDoc(value));

    [Fact]
    public void Doc_text_past_its_length_is_cut_whether_or_not_it_is_plain()
    {
        Assert.Equal(new string('a', 400) + "...", Text.XmlDoc(new string('a', 401)));
        Assert.Equal(new string('a', 400), Text.XmlDoc(new string('a', 400)));
    }

    [Fact]
    public void Doc_text_replaces_what_xml_forbids_with_the_replacement_character() =>
        Assert.Equal("forbidden \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD", Text.XmlDoc("forbidden \uFFFF \uFFFE \uD800 \u0001 \uDC00"));

    [Fact]
    public void The_compiler_does_reject_malformed_doc_xml_so_the_property_test_can_fail()
    {
        Assert.NotEmpty(DocWarnings("a\uFFFFb"));
        Assert.NotEmpty(DocWarnings("a < b"));
        Assert.Empty(DocWarnings(Text.XmlDoc("a\uFFFFb < c & d \U0001F680")));
    }

    [Theory]
    [InlineData("bad\nkey", "bad\\u000Akey")]
    [InlineData("fake\r\nerror CS0001: owned", "fake\\u000D\\u000Aerror CS0001: owned")]
    [InlineData("bidi\u202Ekey", "bidi\\u202Ekey")]
    [InlineData("plain text", "plain text")]
    public void A_message_quotes_content_on_one_visible_line(string value, string expected) =>
        Assert.Equal(expected, Text.ForMessage(value));

    [Fact]
    public void A_message_quotes_at_most_the_limit_of_a_long_value()
    {
        var shown = Text.ForMessage(new string('x', 100_000));

        Assert.Equal(Text.MaxMessageArgumentLength + 3, shown.Length);
        Assert.EndsWith("...", shown, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dark-blue", "DARKBLUE")]
    [InlineData("Dark_Blue", "DARKBLUE")]
    [InlineData("d\u0131rk", "D\u0131RK")]
    [InlineData("\u017Fuperseded", "\u017FUPERSEDED")]
    public void Enum_spellings_fold_ascii_case_only_whatever_the_culture(string value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(expected, EnumSpelling.Fold(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static Diagnostic[] DocWarnings(string doc)
    {
        var tree = CSharpSyntaxTree.ParseText($"/// <summary>{doc}</summary>\npublic class C {{ }}\n", ContentRun.ParseOptions);
        return [.. CSharpCompilation.Create("Docs", [tree], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)];
    }
}
