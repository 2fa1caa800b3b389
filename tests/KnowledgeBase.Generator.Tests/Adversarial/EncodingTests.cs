using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// Bytes on disk: UTF-8 with or without a byte order mark, CRLF and tabs all mean the same entry; bytes that
/// are not UTF-8 are refused (KB0040) however the host decoded them, never turned into plausible wrong text.
/// </summary>
public sealed class EncodingTests
{
    private const string Path = "items/entry.yaml";

    private static readonly Compilation Schema = ContentRun.Compile(TestSchemas.Demo);

    private static readonly string Item = TestSchemas.ItemYaml.Replace("summary: Line one", "summary: \"Caf\u00e9 \u6df1\u5ea6\u6c42\u7d22 \U0001F680\"", StringComparison.Ordinal);

    [Fact]
    public void Bom_line_end_and_tab_variants_of_one_entry_generate_byte_identical_code()
    {
        var plain = Encoding.UTF8.GetBytes(Item);
        byte[][] variants =
        [
            [.. Encoding.UTF8.GetPreamble(), .. plain],
            Encoding.UTF8.GetBytes(Item.Replace("\n", "\r\n", StringComparison.Ordinal)),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Item.Replace("\n", "\r\n", StringComparison.Ordinal))],
            Encoding.UTF8.GetBytes(Item.Replace("count: 42", "count:\t42", StringComparison.Ordinal).Replace("\n", "\t\n", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(Item.Replace("\n", "\r", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(Item.Replace("\n", "\u0085", StringComparison.Ordinal)),
        ];

        var expected = Generated(plain);

        Assert.All(variants, variant => Assert.Equal(expected, Generated(variant)));
    }

    [Fact]
    public void Invalid_utf8_decoded_the_way_the_compiler_decodes_it_is_refused_at_the_first_misread_character()
    {
        var bytes = Encoding.UTF8.GetBytes("title: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\nflag: true\n")).ToArray();

        var run = RunBytes(CompilerDecoding(bytes));

        var diagnostic = Assert.Single(run.DiagnosticsIn(Path));
        Assert.Equal("KB0040", diagnostic.Id);
        Assert.Equal(new LinePosition(0, 10), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Empty(run.Failures());
    }

    [Theory]
    [InlineData(20127)]
    [InlineData(1252)]
    [InlineData(28591)]
    public void Pure_ascii_is_valid_utf8_whatever_single_byte_encoding_a_host_names(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);

        var ascii = RunBytes(SourceText.From(new MemoryStream(Encoding.ASCII.GetBytes(TestSchemas.ItemYaml)), encoding));

        Assert.Empty(ascii.DiagnosticsIn(Path));
        Assert.NotNull(ascii.Source("Demo.Item.Entry.g.cs"));
    }

    [Theory]
    [InlineData(1252)]
    [InlineData(28591)]
    public void A_byte_above_ascii_read_with_a_single_byte_encoding_is_refused_where_it_is(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        var bytes = Encoding.ASCII.GetBytes("title: fine\nsummary: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();

        var run = RunBytes(SourceText.From(new MemoryStream(bytes), encoding));

        var refused = Assert.Single(run.DiagnosticsIn(Path));
        Assert.Equal("KB0040", refused.Id);
        Assert.Equal(new LinePosition(1, 12), refused.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Invalid_utf8_decoded_with_replacement_characters_is_refused_where_the_bad_byte_was()
    {
        var bytes = Encoding.UTF8.GetBytes("title: fine\nsummary: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();

        var run = RunBytes(SourceText.From(new MemoryStream(bytes)));

        var diagnostic = Assert.Single(run.DiagnosticsIn(Path));
        Assert.Equal("KB0040", diagnostic.Id);
        Assert.Equal(new LinePosition(1, 12), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_file_the_host_cannot_read_as_text_is_refused_at_its_start()
    {
        var run = RunTexts(new UnreadableText(GeneratorHarness.ContentRoot + Path, null));

        Assert.Equal("KB0040", Assert.Single(run.DiagnosticsIn(Path)).Id);
        Assert.Empty(run.Failures());
    }

    [Fact]
    public void A_file_whose_reading_throws_is_refused_at_its_start_and_the_rest_still_generates()
    {
        var run = RunTexts(new UnreadableText(GeneratorHarness.ContentRoot + Path, new IOException("disk\nfailure")));

        var diagnostic = Assert.Single(run.DiagnosticsIn(Path));
        Assert.Equal("KB0001", diagnostic.Id);
        Assert.DoesNotContain('\n', diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.Failures());
        Assert.NotNull(run.Source("Demo.Item.BaselineItem.g.cs"));
    }

    [Theory]
    [InlineData("items/evil\"quote.yaml", "KB0009")]
    [InlineData("items/new\nline.yaml", "KB0009")]
    [InlineData("items/tab\there.yaml", "KB0009")]
    [InlineData("items/trojan\u202Eid.yaml", "KB0009")]
    [InlineData("items/nul\0byte.yaml", "KB0009")]
    [InlineData("items/\u00fcml\u00e4ut.yaml", "KB0009")]
    [InlineData("items/zero\u200Bwidth.yaml", "KB0009")]
    [InlineData("items/emoji-\U0001F600.yaml", "KB0009")]
    [InlineData("items/lone-\uD800.yaml", "KB0009")]
    [InlineData("it\"ems\n/x.yaml", "KB0011")]
    [InlineData("items/*/x.yaml", "KB0011")]
    [InlineData("items/x.YAML", null)]
    public void A_hostile_file_name_gets_a_one_line_diagnostic_at_the_file_and_never_reaches_code(string path, string? expected)
    {
        var run = ContentRun.Run(Schema, [.. CorpusTests.Baseline, (path, TestSchemas.ItemYaml)]);

        Assert.Empty(run.Failures());
        Assert.Empty(run.CompilationProblems());
        var found = run.DiagnosticsIn(path).ToList();
        if (expected is null)
        {
            Assert.Empty(found);
            return;
        }

        Assert.Equal(expected, Assert.Single(found).Id);
        Assert.DoesNotContain(found, diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture).Any(character => character is '\n' or '\0' or '\u202E'));
        Assert.Empty(CorpusTests.CheckBaseline(run));
        var name = path[(path.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(run.Result.GeneratedSources, source => source.SourceText.ToString().Contains(name, StringComparison.Ordinal));
    }

    /// <summary>Roslyn's own decoder for files on disk (internal): strict UTF-8 first, then the machine's ANSI code page.</summary>
    private static SourceText CompilerDecoding(byte[] bytes)
    {
        var create = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
            .Single(method => method.Name == "Create" && method.GetParameters().Select(parameter => parameter.ParameterType).SequenceEqual(
                [typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool)]));
        return (SourceText)create.Invoke(null, [new MemoryStream(bytes), null, SourceHashAlgorithm.Sha256, false])!;
    }

    private static string Generated(byte[] bytes) =>
        RunBytes(ContentRun.DecodeLikeTheCompiler(bytes)).Source("Demo.Item.Entry.g.cs") ?? "(not generated)";

    private static ContentRun RunBytes(SourceText text) =>
        ContentRun.Run(Schema, CorpusTests.Baseline.Select(file => (file.Path, SourceText.From(file.Text, Encoding.UTF8))).Append((Path, text)));

    private static ContentRun RunTexts(AdditionalText unreadable) => ContentRun.Run(
        Schema,
        [.. CorpusTests.Baseline.Select(file => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ContentRoot + file.Path, file.Text)), unreadable]);

    /// <summary>A file whose text the host cannot give: none at all, or an exception.</summary>
    private sealed class UnreadableText(string path, Exception? failure) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => failure is null ? null : throw failure;
    }
}
