using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Tests.Adversarial;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Yaml;

/// <summary>
/// The block-subset reader is a fast path only: on every file it reads, the tree and diagnostics are exactly
/// YamlDotNet's, and every file outside its subset goes to YamlDotNet. The real content must all be inside it
/// (that is what makes it worth having).
/// </summary>
public sealed class BlockSubsetReaderTests
{
    private const string Path = "/repo/content/items/subset.yaml";

    [Fact]
    public void Every_real_content_file_is_read_by_the_subset_reader_to_the_tree_YamlDotNet_reads()
    {
        var files = RealRepository.ContentFiles().Select(file => (Path: "/repo/content/" + file.Path, Text: file.Text.ToString())).ToList();

        Assert.True(files.Count > 100, "The real content was not found: " + files.Count);
        Assert.All(files, file =>
        {
            Assert.True(YamlReader.SubsetReads(file.Path, file.Text), file.Path + " is outside the subset");
            AssertSameAsYamlDotNet(file.Path, file.Text);
        });
    }

    [Fact]
    public void Every_corpus_file_reads_as_YamlDotNet_reads_it_and_the_subset_reader_never_throws()
    {
        var read = 0;
        foreach (var file in CorpusCase.Load())
        {
            var text = ContentRun.DecodeLikeTheCompiler(file.Bytes()).ToString();
            if (YamlReader.SubsetReads(Path, text))
            {
                read++;
            }

            AssertSameAsYamlDotNet(Path, text);
        }

        // Most of the corpus is broken on purpose, but its valid entries are written in the subset.
        Assert.True(read >= 20, "The subset reader read only " + read + " corpus files");
    }

    [Theory]
    [InlineData("title: A plain value\nsummary: >-\n  Folded over\n  two lines.\n\n  And a second paragraph.\nnext: x\n")]
    [InlineData("quote: |\n  Literal\n    kept indented\n\n  after an empty line\n")]
    [InlineData("a: >\n  clipped\n\n\nb: |-\n  stripped\n")]
    [InlineData("topics:\n  - topic: one\n    stance: supports\n  - topic: two\nafter: x\n")]
    [InlineData("topics:\n- one\n- 'two'\n- \"three\"\nafter: x\n")]
    [InlineData("items:\n  - a: >-\n      folded in an item\n    b: c\n  - d\n")]
    [InlineData("url: https://example.org/a?b=c#d\nnote: value # a comment\n# a whole-line comment\n\nq: 'it''s' # after a quote\n")]
    [InlineData("e: \"a\\\"b\\\\c\\u00e9\\n\\t\"\nk-e.y_1: not [a, list]\n")]
    [InlineData("nested:\n  deeper:\n    deepest: value\n  back: here\nroot: again\n")]
    [InlineData("key: \u00e9t\u00e9 \U0001F600 \u00a0\n")]
    public void A_file_in_the_subset_is_read_by_it_to_the_tree_YamlDotNet_reads(string yaml)
    {
        Assert.True(YamlReader.SubsetReads(Path, yaml), "Outside the subset: " + yaml);
        AssertSameAsYamlDotNet(Path, yaml);
    }

    [Theory]
    [InlineData("a: one\n  continued\n")]
    [InlineData("a: [1, 2]\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: >+\n  kept\n\n")]
    [InlineData("a: >\n  folded\n    more indented\n")]
    [InlineData("a: |\n  text\n  # part of the text\n# after the block\nb: 1\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a:\t1\n")]
    [InlineData("a: 1")]
    [InlineData("---\na: 1\n")]
    [InlineData("\u00e9t\u00e9: 1\n")]
    [InlineData("a: [not, a, list]x\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a: \"\\x41\"\n")]
    [InlineData("a: line\u2028separator\n")]
    public void A_file_outside_the_subset_is_declined_and_read_by_YamlDotNet(string yaml)
    {
        Assert.False(YamlReader.SubsetReads(Path, yaml), "Read by the subset reader: " + yaml);
        AssertSameAsYamlDotNet(Path, yaml);
    }

    [Fact]
    public void A_file_the_subset_reads_whose_tree_breaks_a_rule_is_reported_as_YamlDotNet_reports_it()
    {
        const string Yaml = "a: 1\nb: 2\na: 3\n";

        Assert.True(YamlReader.SubsetReads(Path, Yaml));
        var (root, diagnostics) = YamlReader.Read(Path, Yaml, CancellationToken.None);
        Assert.Equal("KB0014", Assert.Single(diagnostics).DescriptorId);
        Assert.Equal(4, root!.Children.Count);
        AssertSameAsYamlDotNet(Path, Yaml);
    }

    /// <summary>The whole reader's result with the fast path equals YamlDotNet's alone: tree, positions and diagnostics.</summary>
    internal static void AssertSameAsYamlDotNet(string path, string text)
    {
        var fast = YamlReader.Read(path, text, CancellationToken.None);
        var slow = YamlReader.Read(path, text, CancellationToken.None, subset: false);

        Assert.Equal(slow.Diagnostics, fast.Diagnostics);
        Assert.Equal(slow.Root, fast.Root);
    }
}
