using System;
using System.Linq;
using System.Text;
using CsCheck;
using KnowledgeBase.Generator.Tests.Adversarial;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// Valid entries, broken at random: bytes flipped, inserted, deleted, repeated or cut off, and YAML tokens
/// dropped in anywhere. Whatever comes out, the generator finishes without an exception, every diagnostic it
/// reports sits in the mutated file, the valid entry beside it still generates, and the output compiles.
/// </summary>
public sealed class MutationProperties
{
    private static readonly Compilation Schema = ContentRun.Compile(TestSchemas.Demo);

    /// <summary>Valid entries to start from: an item using every field type, a source, and the item with a BOM and CRLF.</summary>
    private static readonly (string Path, byte[] Bytes)[] Seeds =
    [
        ("items/mutant.yaml", Encoding.UTF8.GetBytes(TestSchemas.ItemYaml)),
        ("sources/mutant.yaml", Encoding.UTF8.GetBytes(TestSchemas.SourceYaml + "url: https://example.org/a?b=c#d\n")),
        ("items/mutant.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TestSchemas.ItemYaml.Replace("\n", "\r\n", StringComparison.Ordinal))]),
    ];

    /// <summary>Fragments that mean something to YAML, to C#, to XML, or to a decoder.</summary>
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "&a ", "*a", "!!str ", "! ", "!<x> ", "<<: ", "[", "]", "{", "}", ": ", "- ", "? ", ",", "---\n", "...\n", "%YAML 1.2\n",
            "%TAG ! tag:x,1:\n", "\t", "\"", "'", "#", "|", ">-", "\\", "\\u", "\\x0", "~", "null", "\n  ", "\n", "\r", "\r\n",
            "      ", "@", "`", "%", "\u202E", "\u2066", "\u2028", "\u0085", "\uFEFF", "\U0001F600", "*/", "\"\"\"", "#if", "<c>",
        }.Select(Encoding.UTF8.GetBytes),
        [0], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xEF, 0xBF, 0xBE],
    ];

    /// <summary>One mutation applied to <c>bytes</c>: a random byte, a token, a deletion, a repeat or a cut.</summary>
    private static readonly Gen<Func<byte[], byte[]>> Mutation = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, (at, value) => (Func<byte[], byte[]>)(bytes => Replace(bytes, at, 1, [value])))),
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1], (at, token) => (Func<byte[], byte[]>)(bytes => Replace(bytes, at, 0, Tokens[token])))),
        (2, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 12], (at, length) => (Func<byte[], byte[]>)(bytes => Replace(bytes, at, length, [])))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 40], (at, length) => (Func<byte[], byte[]>)(bytes => Repeat(bytes, at, length)))),
        (1, Gen.Int[0, int.MaxValue].Select(at => (Func<byte[], byte[]>)(bytes => bytes[..(at % (bytes.Length + 1))]))));

    /// <summary>A seed with one to eight mutations, as its path and bytes.</summary>
    private static readonly Gen<(string Path, byte[] Bytes)> Mutant = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Mutation.Array[1, 8],
        (seed, mutations) => (Seeds[seed].Path, mutations.Aggregate(Seeds[seed].Bytes, (bytes, mutate) => mutate(bytes))));

    [Fact]
    public void Random_mutations_of_valid_entries_never_break_the_generator()
    {
        Mutant.Sample(
            mutant =>
            {
                var run = Run(mutant);

                Assert.Empty(run.Failures());
                Assert.Empty(CorpusTests.CheckBaseline(run));
            },
            iter: 10_000,
            print: Show);
    }

    [Fact]
    public void Random_mutations_of_valid_entries_always_leave_code_that_compiles()
    {
        Mutant.Sample(
            mutant =>
            {
                var run = Run(mutant);

                Assert.Empty(run.Failures());
                var problems = run.CompilationProblems().Select(problem => problem.ToString()).ToList();
                Assert.True(problems.Count == 0, string.Join("\n", problems));
            },
            iter: 400,
            print: Show);
    }

    private static ContentRun Run((string Path, byte[] Bytes) mutant) => ContentRun.Run(
        Schema,
        CorpusTests.Baseline
            .Where(file => file.Path != mutant.Path)
            .Select(file => (file.Path, SourceText.From(file.Text, Encoding.UTF8)))
            .Append((mutant.Path, ContentRun.DecodeLikeTheCompiler(mutant.Bytes))));

    private static byte[] Replace(byte[] bytes, int at, int length, byte[] with)
    {
        var start = at % (bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + length);
        return [.. bytes[..start], .. with, .. bytes[end..]];
    }

    private static byte[] Repeat(byte[] bytes, int at, int length)
    {
        var start = at % (bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + length);
        return [.. bytes[..end], .. bytes[start..end], .. bytes[end..]];
    }

    private static string Show((string Path, byte[] Bytes) mutant) => mutant.Path + ": " + Convert.ToBase64String(mutant.Bytes);
}
