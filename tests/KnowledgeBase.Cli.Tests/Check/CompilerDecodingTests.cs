using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using KnowledgeBase.Cli.Check;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>
/// kb check decodes content files as the compiler decodes additional files (Roslyn's EncodedStringText, reached by
/// reflection as the generator's encoding tests do), so the generator's encoding checks see what a build shows them.
/// </summary>
public sealed class CompilerDecodingTests
{
    private static readonly string Corpus = Path.Combine(WorkspaceCopy.Repository, "tests", "KnowledgeBase.Generator.Tests", "Adversarial", "Corpus");

    private static readonly MethodInfo CompilerCreate = typeof(SourceText).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
        .GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
        .Single(method => method.Name == "Create" && method.GetParameters().Select(parameter => parameter.ParameterType).SequenceEqual(
            [typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool)]));

    [Fact]
    public void Every_adversarial_corpus_file_decodes_to_the_text_and_encoding_the_compiler_gives()
    {
        var files = Directory.GetFiles(Corpus, "*.yaml", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"Only {files.Length} corpus files found in {Corpus}.");

        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var expected = CompilerText(bytes);

            var actual = CompilerDecodedText.Decode(bytes);

            Assert.True(expected?.ToString() == actual?.ToString(), $"{file}: the text differs (null where it could not be read).");
            Assert.True(expected?.Encoding?.WebName == actual?.Encoding?.WebName, $"{file}: {expected?.Encoding?.WebName} expected, {actual?.Encoding?.WebName} read.");
        }
    }

    [Fact]
    public void A_binary_file_that_is_not_utf8_is_refused_as_the_compiler_refuses_it()
    {
        byte[] bytes = [0xFF, 0x00, 0x00, 0x41];

        Assert.Null(CompilerText(bytes));
        Assert.Null(CompilerDecodedText.Decode(bytes));
    }

    [Fact]
    public void A_file_that_cannot_be_read_gives_no_text_which_the_generator_reports_at_the_file()
    {
        var missing = new CompilerDecodedText(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".yaml"));

        Assert.Null(missing.GetText());
    }

    /// <summary>What the compiler reads; null where it reports the file as binary (CS2015) and hands no text on.</summary>
    private static SourceText? CompilerText(byte[] bytes)
    {
        try
        {
            return (SourceText)CompilerCreate.Invoke(null, [new MemoryStream(bytes), null, SourceHashAlgorithm.Sha256, false])!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is InvalidDataException)
        {
            return null;
        }
    }
}
