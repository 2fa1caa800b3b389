using System;
using KnowledgeBase.Generator.Common;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using CsCheck;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Tests.Adversarial;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// Whatever text content holds, the generated code holds exactly that text: a literal that compiles back to
/// the same string (ordinal), on one visible line; doc text the compiler reads as well-formed XML; messages
/// that stay on one line.
/// </summary>
public sealed class LiteralRoundTripProperties
{
    private const string Path = "/repo/content/items/property.yaml";

    [Fact]
    public void Any_string_becomes_one_visible_line_of_literal_that_parses_back_to_exactly_itself()
    {
        ContentGen.AnyString.Sample(
            text =>
            {
                var literal = Text.Literal(text);
                var expression = SyntaxFactory.ParseExpression(literal);

                Assert.Empty(expression.GetDiagnostics());
                Assert.Equal(literal.Length, expression.FullSpan.Length);
                Assert.Equal(text, Assert.IsType<LiteralExpressionSyntax>(expression).Token.ValueText);
                Assert.True(IsVisibleLine(literal), "Not one visible line: " + literal);
            },
            iter: 20_000);
    }

    [Fact]
    public void Literal_bodies_written_one_after_another_are_the_literal_of_the_strings_joined()
    {
        // Without lone surrogates, as the data block writes them (a lone half is written as hex, not as text).
        ContentGen.AnyString.Select(WithoutLoneSurrogates).Array[1, 6].Sample(
            texts => Assert.Equal(Text.Literal(string.Concat(texts)), "\"" + string.Concat(texts.Select(Text.LiteralBody)) + "\""),
            iter: 20_000);
    }

    [Fact]
    public void Printable_ascii_needs_no_formatting_and_gets_exactly_what_roslyn_would_write()
    {
        Gen.Char[' ', '~'].Array[0, 40].Select(characters => new string(characters)).Sample(
            text => Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), Text.Literal(text)),
            iter: 20_000);
    }

    [Theory]
    [InlineData("a \"quote\" and a \\ backslash")]
    [InlineData("tab\tnew line\ncarriage\r")]
    [InlineData("caf\u00e9 and \u4e2d\u6587")]
    public void Text_without_invisible_characters_gets_exactly_what_roslyn_would_write(string text)
    {
        Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), Text.Literal(text));
    }

    [Fact]
    public void Any_string_becomes_doc_text_the_compiler_reads_as_well_formed_xml_on_one_line()
    {
        ContentGen.AnyString.Array[1, 40].Sample(
            texts =>
            {
                var docs = texts.Select(text => Text.XmlDoc(text)).ToList();
                var source = string.Concat(docs.Select((doc, index) => $"/// <summary>{doc}</summary>\npublic class C{index} {{ }}\n"));
                var tree = CSharpSyntaxTree.ParseText(source, ContentRun.ParseOptions);
                var compilation = CSharpCompilation.Create("Docs", [tree], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

                Assert.All(docs, doc => Assert.DoesNotContain(doc, character => character is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029'));
                Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
                Assert.Equal(texts.Length, tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Count());
            },
            iter: 300);
    }

    [Fact]
    public void Any_string_quoted_in_a_message_stays_one_visible_line_of_bounded_length()
    {
        ContentGen.AnyString.Sample(
            text =>
            {
                var shown = Text.ForMessage(text);

                Assert.True(IsVisibleLine(shown), "Not one visible line: " + shown);
                Assert.True(shown.Length <= (Text.MaxMessageArgumentLength * 6) + 3, "Too long: " + shown.Length);
            },
            iter: 20_000);
    }

    [Fact]
    public void Any_string_yaml_can_hold_reads_back_from_a_double_quoted_scalar_exactly()
    {
        ContentGen.YamlString.Sample(
            text =>
            {
                var yaml = "title: " + ContentGen.DoubleQuoted(text) + "\n";
                var source = SourceText.From(yaml, Encoding.UTF8);

                var (refusal, warnings) = ContentScanner.Scan(Path, source, yaml);
                Assert.Null(refusal);
                Assert.Empty(warnings);
                var (root, diagnostics) = YamlReader.Read(Path, yaml, default);
                Assert.Empty(diagnostics);
                Assert.Equal(text, root!.Children[1].Value);
            },
            iter: 20_000);
    }

    [Fact]
    public void Random_strings_written_in_yaml_compile_into_the_same_strings_at_run_time()
    {
        var compilation = ContentRun.Compile(TestSchemas.Demo);
        ContentGen.YamlString.Array[1, 40].Sample(
            texts =>
            {
                var yaml = TestSchemas.ItemYaml
                    .Replace("title: \"An item with \\\"quotes\\\"\"", "title: " + ContentGen.DoubleQuoted(texts[0]), StringComparison.Ordinal)
                    .Replace("  - one\n  - two\n", string.Concat(texts.Select(text => "  - " + ContentGen.DoubleQuoted(text) + "\n")), StringComparison.Ordinal);
                var run = ContentRun.Run(compilation, ("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/round-trip.yaml", yaml));

                Assert.Empty(run.Diagnostics);
                Assert.Empty(run.CompilationProblems());
                using var loaded = LoadedAssembly.Load(run.Output);
                var entry = loaded.Static("Demo.Item", "RoundTrip")!;
                Assert.Equal(texts[0], (string?)LoadedAssembly.Get(entry, "Title"));
                Assert.Equal(texts, ((IEnumerable)LoadedAssembly.Get(entry, "Tags")!).Cast<string>());
            },
            iter: 100,
            threads: 1);
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (char.IsHighSurrogate(characters[i]) && i + 1 < characters.Length && char.IsLowSurrogate(characters[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(characters[i]))
            {
                characters[i] = '?';
            }
        }

        return new string(characters);
    }

    /// <summary>One line a reader sees as it is: no line terminator, control, invisible format character or lone surrogate.</summary>
    private static bool IsVisibleLine(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }
        }

        return true;
    }
}
