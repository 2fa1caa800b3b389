using System;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using KnowledgeBase.Generator.Tests.Adversarial;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>
/// KB0001 points at the cause of malformed YAML when it sits before where YamlDotNet stopped (an unclosed bracket or
/// quote, a tab used as indentation, a YAML 1.1 line separator), says what was expected and where the parser
/// stopped, and keeps YamlDotNet's own position and message when that is the cause.
/// </summary>
public sealed class MalformedYamlCauseTests
{
    private const string Prefix = "The YAML is malformed: ";

    [Theory]
    [InlineData("title: [unclosed", 1, 8, "the '[' at line 1, column 8 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    [InlineData("title: [unclosed\n", 1, 8, "the '[' at line 1, column 8 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    // YamlDotNet 18.1.0 throws an InvalidOperationException, not a YamlException, on this one: the cause is still found.
    [InlineData("title: [unclosed\nflag: true\n", 1, 8, "the '[' at line 1, column 8 is never closed: a ']' is expected before line 2, column 1, where the parser stopped")]
    [InlineData("tags: [a, [b, c]\nflag: true\n", 1, 7, "the '[' at line 1, column 7 is never closed: a ']' is expected before line 2, column 1, where the parser stopped")]
    [InlineData("title: a # [ not a bracket\ntags: [x\n", 2, 7, "the '[' at line 2, column 7 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    [InlineData("title: \"a [b\"\ntags: [x, 'y]', \"z\"]\nsummary: [\n", 3, 10, "the '[' at line 3, column 10 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    [InlineData("notes:\n  - text: |\n      a [ b \" c\n    page: 3\ntags: [x\n", 5, 7, "the '[' at line 5, column 7 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    public void An_unclosed_flow_sequence_is_reported_at_its_bracket(string yaml, int line, int column, string message) =>
        AssertKB0001(yaml, line, column, message);

    [Theory]
    [InlineData("title: {x", 1, 8, "the '{' at line 1, column 8 is never closed: a '}' is expected before the end of the file, where the parser stopped")]
    [InlineData("title: {x\n", 1, 8, "the '{' at line 1, column 8 is never closed: a '}' is expected before the end of the file, where the parser stopped")]
    [InlineData("title: {x: 1\nflag: true\n", 1, 8, "the '{' at line 1, column 8 is never closed: a '}' is expected before line 2, column 1, where the parser stopped")]
    [InlineData("notes: [{text: a\n", 1, 9, "the '{' at line 1, column 9 is never closed: a '}' is expected before the end of the file, where the parser stopped")]
    public void An_unclosed_flow_mapping_is_reported_at_its_brace(string yaml, int line, int column, string message) =>
        AssertKB0001(yaml, line, column, message);

    [Theory]
    [InlineData("title: \"unclosed", 1, 8, "the double quote at line 1, column 8 is never closed: a closing double quote is expected before the end of the file, where the parser stopped")]
    [InlineData("title: \"unclosed\nflag: true\n", 1, 8, "the double quote at line 1, column 8 is never closed: a closing double quote is expected before line 2, column 1, where the parser stopped")]
    [InlineData("title: it's fine\nsummary: \"x \\\" y\n", 2, 10, "the double quote at line 2, column 10 is never closed: a closing double quote is expected before the end of the file, where the parser stopped")]
    [InlineData("title: [a, \"b]\n", 1, 12, "the double quote at line 1, column 12 is never closed: a closing double quote is expected before the end of the file, where the parser stopped")]
    public void An_unclosed_double_quoted_scalar_is_reported_at_its_quote(string yaml, int line, int column, string message) =>
        AssertKB0001(yaml, line, column, message);

    [Theory]
    [InlineData("title: 'unclosed", 1, 8, "the single quote at line 1, column 8 is never closed: a closing single quote is expected before the end of the file, where the parser stopped")]
    [InlineData("title: 'unclosed\nflag: true\n", 1, 8, "the single quote at line 1, column 8 is never closed: a closing single quote is expected before the end of the file, where the parser stopped")]
    [InlineData("title: 'it''s [not] closed\nflag: true\n", 1, 8, "the single quote at line 1, column 8 is never closed: a closing single quote is expected before the end of the file, where the parser stopped")]
    public void An_unclosed_single_quoted_scalar_is_reported_at_its_quote(string yaml, int line, int column, string message) =>
        AssertKB0001(yaml, line, column, message);

    [Theory]
    [InlineData("title: a\ncount: 4: 2\n", 2, 9, "While scanning a plain scalar value, found invalid mapping.")]
    [InlineData("tags: [a, b]]\n", 1, 13, "While parsing a block mapping, did not find expected key.")]
    [InlineData("title: x\ntags: [a, \"b\" c]\n", 2, 15, "While parsing a flow sequence, did not find expected ',' or ']'.")]
    // A separator at the very end starts no line; the error stays at the end of the content, not on the line after it.
    [InlineData("  : #\r\n\u2028", 1, 6, "While parsing a block mapping, did not find expected key.")]
    public void Where_yamldotnet_stopped_is_the_cause_its_position_and_message_are_kept(string yaml, int line, int column, string message) =>
        AssertKB0001(yaml, line, column, message);

    /// <summary>Every KB0001 file of the adversarial corpus, at its cause (see manifest.txt for why each is there).</summary>
    [Theory]
    [InlineData("document-end-then-junk", 11, 1, "While scanning for the next token, found character that cannot start any token.")]
    [InlineData("line-separator-in-plain", 10, 13, "U+2028 at line 10, column 13 ends a line for the parser, so the text after it starts a new one (While parsing a block mapping, did not find expected key); inside double quotes write it as \\u2028")]
    [InlineData("tab-indentation", 11, 1, "a tab at line 11, column 1 indents its line; YAML indents with spaces only (While scanning a mapping, found invalid tab as indentation)")]
    [InlineData("truncated-at-12", 1, 8, "the double quote at line 1, column 8 is never closed: a closing double quote is expected before the end of the file, where the parser stopped")]
    [InlineData("truncated-at-171", 13, 7, "the '[' at line 13, column 7 is never closed: a ']' is expected before the end of the file, where the parser stopped")]
    [InlineData("unclosed-quote", 1, 8, "the double quote at line 1, column 8 is never closed: a closing double quote is expected before line 2, column 1, where the parser stopped")]
    [InlineData("unclosed-flow-mapping", 10, 9, "the '{' at line 10, column 9 is never closed: a '}' is expected before the end of the file, where the parser stopped")]
    [InlineData("bad-indentation", 12, 2, "While parsing a block mapping, did not find expected key.")]
    [InlineData("colon-soup", 2, 3, "Mapping values are not allowed in this context.")]
    [InlineData("bracket-soup", 1, 1, "While parsing a node, did not find expected node content.")]
    public void Each_malformed_file_of_the_corpus_is_reported_at_its_cause(string name, int line, int column, string message)
    {
        var yaml = File.ReadAllText(Path.Combine(CorpusCase.Folder, "items", name + ".yaml"));

        AssertKB0001(yaml, line, column, message);
    }

    [Fact]
    public void Every_kb0001_file_of_the_corpus_has_a_case_above()
    {
        // alias-undefined is refused as an alias (KB0015) before YamlDotNet can complain; random-ascii parses as one value (KB0003).
        var covered = typeof(MalformedYamlCauseTests).GetMethod(nameof(Each_malformed_file_of_the_corpus_is_reported_at_its_cause))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Select(attribute => "items/" + ((InlineDataAttribute)attribute).GetData(null!).Single()[0] + ".yaml");
        var malformed = CorpusCase.Load().Where(corpusCase => corpusCase.Expectation.Split(' ', '|').Contains("KB0001")).Select(corpusCase => corpusCase.Path);

        Assert.Equal(["items/alias-undefined.yaml"], malformed.Except(covered).ToArray());
    }

    [Fact]
    public void A_byte_order_mark_shifts_the_cause_with_the_rest_of_the_file()
    {
        AssertKB0001("\uFEFFtitle: [unclosed\nflag: true\n", 1, 9, "the '[' at line 1, column 9 is never closed: a ']' is expected before line 2, column 1, where the parser stopped");
    }

    [Fact]
    public void Whatever_the_text_malformed_yaml_is_reported_inside_the_file_and_before_its_final_line_ends()
    {
        // Random text made of what opens, closes, quotes, comments and indents YAML.
        var pieces = new[] { "[", "]", "{", "}", "\"", "'", "''", "\\", "#", "|", ">", ": ", "- ", ",", "\t", "\n", "\r\n", "  ", "a", "\u2028", "key: " };
        Gen.Int[0, pieces.Length - 1].Array[0, 40].Select(indexes => string.Concat(indexes.Select(index => pieces[index]))).Sample(
            text =>
            {
                var (_, diagnostics) = YamlReader.Read("/repo/content/items/x.yaml", text, CancellationToken.None);
                var end = text.TrimEnd('\n', '\r', '\u2028').Length;

                Assert.All(diagnostics.Where(diagnostic => diagnostic.DescriptorId == "KB0001"), diagnostic => Assert.InRange(diagnostic.Location!.Start, 0, end));
            },
            iter: 20_000,
            print: text => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static void AssertKB0001(string yaml, int line, int column, string message)
    {
        var result = BrokenContent.Run("items/broken.yaml", yaml);

        Assert.Equal(Prefix + message, GeneratorAssert.Single(result, "KB0001", "items/broken.yaml", line, column));
        BrokenContent.AssertRestGenerates(result);
    }
}
