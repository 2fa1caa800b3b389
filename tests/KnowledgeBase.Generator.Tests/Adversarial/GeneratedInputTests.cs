using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// Inputs too big, too deep or too strange to commit as files: made in code, each just past a limit or far
/// beyond it. Each must be refused with its own located diagnostic, within the hang guard, while the valid
/// entries beside it still generate and the output compiles.
/// </summary>
public sealed class GeneratedInputTests
{
    private const string Base = "title: Generated\nflag: true\ncount: 1\nbig: 2\namount: 3.5\nratio: 0.25\ndate: 2025-01-27\ncolour: red\nsource: a-source\n";

    private static readonly Compilation Schema = ContentRun.Compile(TestSchemas.Demo);

    /// <summary>Case name, then the file (path below the content root and text), then the id its error must have.</summary>
    private static readonly Dictionary<string, (string Path, Func<string> Text, string Expected)> Inputs = new()
    {
        ["file one character over the size limit"] = ("items/huge-file.yaml", () => Base + "summary: x\n# " + new string('x', ContentLimits.MaxFileCharacters), "KB0016"),
        ["a value one character over its limit"] = ("items/huge-value.yaml", () => Base + "summary: " + new string('v', ContentLimits.MaxScalarCharacters + 1), "KB0048"),
        ["a folded value over its limit across many lines"] = ("items/huge-folded.yaml", () => Base + "summary: >\n" + string.Concat(Enumerable.Repeat("  " + new string('w', 70) + "\n", 1000)), "KB0048"),
        ["one value more than the node limit"] = ("items/many-nodes.yaml", () => Base + "tags: [" + string.Join(",", Enumerable.Repeat("t", ContentLimits.MaxNodes)) + "]", "KB0047"),
        ["a hundred thousand nested brackets"] = ("items/deep-brackets.yaml", () => "title: " + new string('[', 100_000) + new string(']', 100_000), "KB0046"),
        ["a hundred thousand unclosed braces"] = ("items/deep-braces.yaml", () => "title: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)), "KB0046"),
        ["five hundred nested block mappings"] = ("items/deep-blocks.yaml", () => Base + string.Concat(Enumerable.Range(0, 500).Select(depth => new string(' ', depth) + "n:\n")) + new string(' ', 500) + "n: 1\n", "KB0046"),
        ["a fifty-level alias bomb"] = ("items/alias-bomb.yaml", () => "a0: &a0 [x]\n" + string.Concat(Enumerable.Range(1, 50).Select(level => $"a{level}: &a{level} [" + string.Join(",", Enumerable.Repeat($"*a{level - 1}", 10)) + "]\n")), "KB0015"),
        ["a comment of almost a mebibyte"] = ("items/huge-comment.yaml", () => "# " + new string('c', ContentLimits.MaxFileCharacters - 10), "KB0002"),
        ["a line of almost a mebibyte of spaces"] = ("items/huge-spaces.yaml", () => new string(' ', ContentLimits.MaxFileCharacters - 10), "KB0002"),
        ["four thousand unknown keys"] = ("items/many-keys.yaml", () => Base + string.Concat(Enumerable.Range(0, 4000).Select(key => $"unknown{key}: x\n")), "KB0004"),
        ["long unknown keys, written as explicit keys"] = ("items/long-keys.yaml", () => Base + string.Concat(Enumerable.Range(0, 15).Select(key => "? " + new string((char)('a' + key), 60_000) + "\n: x\n")), "KB0004"),
        ["five thousand dangling references"] = ("items/many-dangling.yaml", () => Base + "related:\n" + string.Concat(Enumerable.Range(0, 5000).Select(reference => $"  - missing-item-number-{reference}\n")), "KB0008"),
        ["a dangling reference as long as a value may be"] = ("items/long-dangling.yaml", () => Base + "related: [" + new string('r', ContentLimits.MaxScalarCharacters) + "]", "KB0008"),
        ["a lone surrogate in text that never was bytes"] = ("items/lone-surrogate.yaml", () => Base + "summary: \"a\uD800b\"\n", "KB0041"),
        ["a lone low surrogate at the end"] = ("items/lone-low-surrogate.yaml", () => Base + "summary: x\uDC00", "KB0041"),
        ["a byte order mark left in the text"] = ("items/bom-in-text.yaml", () => "\uFEFF" + Base + "tags: [\"x\", ]]\n", "KB0001"),
    };

    public static TheoryData<string> Cases => [.. Inputs.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_with_a_located_diagnostic_while_the_rest_generates(string name)
    {
        var (path, text, expected) = Inputs[name];
        var files = CorpusTests.Baseline
            .Select(file => (file.Path, SourceText.From(file.Text, Encoding.UTF8)))
            .Append((path, SourceText.From(text(), Encoding.UTF8)))
            .ToList();

        var run = CorpusTests.RunGuarded(Schema, files, out var hung);

        Assert.False(hung, $"Not finished within {CorpusTests.HangGuard.TotalSeconds} s.");
        var problems = CorpusTests.CheckRun(run!).Concat(CorpusTests.CheckBaseline(run!)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var found = run!.DiagnosticsIn(path).ToList();
        Assert.Contains(found, diagnostic => diagnostic.Id == expected && diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.All(found, diagnostic => Assert.DoesNotContain('\n', diagnostic.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Thousands_of_near_miss_references_among_hundreds_of_entries_finish_within_the_hang_guard()
    {
        // Each dangling reference looks for the closest id to suggest: without a bound that is references
        // times ids times an edit distance, minutes of work for one hostile file.
        var nearMisses = Base + "related:\n" + string.Concat(Enumerable.Range(0, ContentLimits.MaxNodes - 100).Select(number => $"  - entry-numbr-{number:D5}\n"));
        var files = Enumerable.Range(0, 500)
            .Select(number => ($"items/entry-number-{number:D5}.yaml", Base))
            .Append(("sources/a-source.yaml", TestSchemas.SourceYaml))
            .Append(("items/near-misses.yaml", nearMisses))
            .Select(file => (file.Item1, SourceText.From(file.Item2, Encoding.UTF8)))
            .ToList();

        var run = CorpusTests.WithinHangGuard(() => ContentRun.Run(Schema, files), out var hung);

        Assert.False(hung, $"Not finished within {CorpusTests.HangGuard.TotalSeconds} s.");
        Assert.Empty(run!.Failures());
        var dangling = run.DiagnosticsIn("items/near-misses.yaml").Where(diagnostic => diagnostic.Id == "KB0008").ToList();
        Assert.Equal(ContentLimits.MaxNodes - 100, dangling.Count);
        Assert.Contains("did you mean 'entry-number-00000'", dangling[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_together_held_more_short_text_than_the_string_heap_now_compile_because_text_is_data()
    {
        // 50 files of 9,800 distinct 16-character values: 8.8 million characters, past the 16 MB heap C# keeps
        // string literals in. Short text used to stay a literal (CS8103, then a budget cut them off with KB0045);
        // now every text is UTF-8 data, which the heap never holds, so all of it builds and reads back.
        var files = Enumerable.Range(0, 50)
            .Select(file => ($"items/big-{file:D3}.yaml", Base + "tags:\n" + string.Concat(Enumerable.Range(0, 9_800).Select(tag => $"  - {file:D3}{tag:D4}abcdefghi\n"))))
            .Append(("sources/a-source.yaml", TestSchemas.SourceYaml))
            .Select(file => (file.Item1, SourceText.From(file.Item2, Encoding.UTF8)))
            .ToList();

        var run = ContentRun.Run(Schema, files);

        Assert.Empty(run.Failures());
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "KB0045");
        using var loaded = LoadedAssembly.Load(run.Output);
        var tags = (System.Collections.Generic.IEnumerable<string>)LoadedAssembly.Get(loaded.Static("Demo.Item", "Big049")!, "Tags")!;
        Assert.Equal("0499799abcdefghi", tags.Last());
    }

    [Fact]
    public void A_byte_order_mark_left_in_the_text_is_skipped_and_locations_still_point_into_the_file()
    {
        var text = "\uFEFFtitle: [unclosed";

        var run = ContentRun.Run(Schema, ("items/bom.yaml", text));

        var diagnostic = Assert.Single(run.DiagnosticsIn("items/bom.yaml"));
        Assert.Equal("KB0001", diagnostic.Id);
        Assert.InRange(diagnostic.Location.SourceSpan.End, 1, text.Length);
        Assert.Empty(run.Failures());
    }

    [Fact]
    public void A_bom_in_the_text_does_not_become_part_of_the_first_key()
    {
        var run = ContentRun.Run(Schema, [.. CorpusTests.Baseline, ("items/with-bom.yaml", "\uFEFF" + Base)]);

        Assert.Empty(run.DiagnosticsIn("items/with-bom.yaml"));
        Assert.NotNull(run.Source("Demo.Item.WithBom.g.cs"));
    }

    [Fact]
    public void Refusing_an_alias_bomb_builds_nothing_from_it()
    {
        var (root, diagnostics) = YamlReader.Read("/repo/content/items/bomb.yaml", Inputs["a fifty-level alias bomb"].Text(), default);

        Assert.Null(root);
        Assert.Equal("KB0015", Assert.Single(diagnostics).DescriptorId);
    }
}
