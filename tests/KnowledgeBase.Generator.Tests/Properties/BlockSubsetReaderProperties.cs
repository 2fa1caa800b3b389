using System;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using KnowledgeBase.Generator.Tests.Yaml;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// Generated YAML near the edges of the block subset (indicators, quotes, escapes, comments, blocks and their
/// indentation, lists at either column, odd characters), then mutated: whatever the subset reader accepts
/// reads to exactly the tree and diagnostics YamlDotNet gives, and it never throws.
/// </summary>
public sealed class BlockSubsetReaderProperties
{
    private const string Path = "/repo/content/items/generated.yaml";

    private static readonly string[] Pieces =
    [
        "word", "Nvidia", "17%", "2025-01-27", "-3.1", "1e3", "a b", " ", "  ", ":", ": ", "a:b", " #", "#", "# c", "'", "''", "\"", "\\",
        "\\n", "\\t", "\\u00e9", "\\x41", "\\/", "\\ ", "-", "- ", "--", "---", "...", "?", "? ", ",", "[", "]", "{", "}", "&a", "*a", "!",
        "!!str", "|", ">", "%", "@", "`", "~", "null", "true", "\u00e9", "\u00a0", "\U0001F600", "\u2028", "\u0085", "\t", "\r", "<c>", "https://x.y/z?a=b#c",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (12, Gen.OneOf("alpha", "beta", "gamma", "market value", "capital spending", "x", " ")),
        (2, Gen.OneOf(Pieces)))
        .Array[1, 6].Select(string.Concat);

    private static readonly Gen<string> Key = Gen.Frequency(
        (8, Gen.OneOf("title", "summary", "topics", "topic", "stance", "value", "a", "b", "k-e.y_1", "2024")),
        (1, Gen.OneOf("\u00e9", "a b", "'q'", "\"q\"", "? a", "-a", "a ")));

    /// <summary>A value on its key's line: plain, single- or double-quoted, with an optional comment after it.</summary>
    private static readonly Gen<string> Inline = Gen.Select(
        Gen.Int[0, 5],
        Text,
        Gen.Frequency((6, Gen.Const(string.Empty)), (1, Gen.OneOf(" # note", "  #x", "#x", " "))),
        (style, text, after) => style switch
        {
            0 => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            1 => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            2 => "'" + text + "'",
            _ => text,
        } + after);

    /// <summary>A block scalar's header and lines, relative to the column its lines should stand at.</summary>
    private static readonly Gen<(string Header, (int Extra, string Text)[] Lines)> BlockScalar = Gen.Select(
        Gen.OneOf(">-", ">", "|", "|-", ">+", "|2", "> # c", ">- "),
        Gen.Select(Gen.Frequency((8, Gen.Const(0)), (1, Gen.Int[-2, 3])), Gen.Frequency((5, Text), (1, Gen.OneOf(string.Empty, "  ", "# c"))), (extra, text) => (extra, text)).Array[1, 5],
        (header, lines) => (header, lines));

    private static readonly Gen<string> Document = Gen.Int[1, 4].SelectMany(keys => Mapping(0, depth: 0, keys));

    [Fact]
    public void Whatever_the_subset_reader_accepts_reads_exactly_as_YamlDotNet_reads_it()
    {
        var accepted = 0;
        var total = 0;
        Gen.Select(Document, Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 3])), Gen.Int[0, int.MaxValue], Gen.OneOf(Pieces.Concat(["\n", "\n  ", "  ", "- "]).ToArray()), (yaml, mutations, at, piece) => Mutate(yaml, mutations, at, piece))
            .Sample(
                yaml =>
                {
                    total++;
                    if (YamlReader.SubsetReads(Path, yaml))
                    {
                        accepted++;
                    }

                    BlockSubsetReaderTests.AssertSameAsYamlDotNet(Path, yaml);
                },
                iter: 10_000);

        // The generator must reach the subset often enough for the property to mean something.
        Assert.True(accepted > total / 10, $"The subset reader accepted {accepted} of {total} generated files");
    }

    private static string Mutate(string yaml, int mutations, int at, string piece)
    {
        var text = yaml;
        for (var i = 0; i < mutations; i++)
        {
            var position = (int)((uint)(at * (i + 7)) % (uint)(text.Length + 1));
            text = i % 2 == 0 ? text.Insert(position, piece) : text.Remove(position, Math.Min(3, text.Length - position));
        }

        return text;
    }

    private static Gen<string> Mapping(int indent, int depth, int keys) =>
        Gen.Select(Key, Value(indent, depth), Gen.Frequency((6, Gen.Const(string.Empty)), (1, Gen.OneOf("\n", "# comment\n", "  \n", "\n\n"))), (key, value, before) => before + new string(' ', indent) + key + ":" + value)
            .Array[keys]
            .Select(string.Concat);

    /// <summary>What follows a key's colon: an inline value, a block scalar, a nested mapping, or a list at either column.</summary>
    private static Gen<string> Value(int indent, int depth) => Gen.Frequency(
        (6, Inline.Select(value => " " + value + "\n")),
        (3, BlockScalar.Select(block => " " + block.Header + "\n" + BlockLines(indent + 2, block.Lines))),
        (1, Gen.Const("\n")),
        (depth < 2 ? 2 : 0, Gen.Int[1, 3].SelectMany(keys => Mapping(indent + 2, depth + 1, keys)).Select(mapping => "\n" + mapping)),
        (depth < 2 ? 2 : 0, Gen.Select(Gen.Bool, Item(depth).Array[1, 3], (indented, items) => "\n" + string.Concat(items.Select(item => Indent(item, indented ? indent + 2 : indent))))));

    /// <summary>One list item as if its dash stood at column 0: a scalar, a block, or a mapping whose first key is on the dash's line.</summary>
    private static Gen<string> Item(int depth) => Gen.Frequency(
        (4, Inline.Select(value => "- " + value + "\n")),
        (1, BlockScalar.Select(block => "- " + block.Header + "\n" + BlockLines(2, block.Lines))),
        (1, Gen.Const("-\n")),
        (depth < 2 ? 3 : 0, Gen.Int[1, 3].SelectMany(keys => Mapping(2, depth + 1, keys)).Select(mapping => "- " + mapping.TrimStart(' '))));

    private static string BlockLines(int column, (int Extra, string Text)[] lines)
    {
        var builder = new StringBuilder();
        foreach (var (extra, text) in lines)
        {
            builder.Append(text.Length == 0 ? string.Empty : new string(' ', Math.Max(0, column + extra))).Append(text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Shifts every line of <paramref name="text"/> right by <paramref name="columns"/>, empty lines excepted.</summary>
    private static string Indent(string text, int columns) =>
        string.Concat(text.Split('\n').Select((line, index) => index == text.Split('\n').Length - 1 ? line : (line.Length == 0 ? string.Empty : new string(' ', columns) + line) + "\n"));
}
