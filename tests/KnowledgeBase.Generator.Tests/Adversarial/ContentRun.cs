using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// One generator run over content given as <see cref="SourceText"/> (so tests control how bytes were decoded),
/// compiled the way the real build compiles it: XML docs checked (a malformed doc comment is a warning, and
/// warnings are errors), nullable on. It answers the questions every robustness test asks: did anything
/// throw, is every diagnostic located in a content file, which files were refused, does the output compile.
/// </summary>
internal sealed class ContentRun
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(KnowledgeBase.Ref<>).Assembly.Location),
    ];

    private ContentRun(GeneratorRunResult result, Compilation output, ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> files)
    {
        Result = result;
        Output = output;
        Diagnostics = diagnostics;
        Files = files;
    }

    public GeneratorRunResult Result { get; }

    public Compilation Output { get; }

    /// <summary>What the generator reported (including CS8785 if it ever threw).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The content files by full path.</summary>
    public IReadOnlyDictionary<string, SourceText> Files { get; }

    /// <summary>A compilation of <paramref name="schemaSources"/> as the library builds it (test schemas carry no XML docs).</summary>
    public static CSharpCompilation Compile(params string[] schemaSources) => CSharpCompilation.Create(
        "KnowledgeBase.Adversarial.Content",
        schemaSources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/repo/src/Schema{index}.cs", encoding: Encoding.UTF8)),
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Suppress }));

    /// <summary>Runs the generator once over <paramref name="files"/>, given relative to the content root.</summary>
    public static ContentRun Run(Compilation compilation, IEnumerable<(string Path, SourceText Text)> files) =>
        Run(compilation, [.. files.Select(file => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ContentRoot + file.Path, file.Text))]);

    /// <summary>Runs the generator once over additional texts as a host hands them over (some may not be readable).</summary>
    public static ContentRun Run(Compilation compilation, IReadOnlyList<AdditionalText> files)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new KnowledgeBaseGenerator().AsSourceGenerator()], files, ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[file.Path] = ReadOrEmpty(file);
        }

        return new ContentRun(driver.GetRunResult().Results.Single(), output, diagnostics, texts);
    }

    public static ContentRun Run(Compilation compilation, params (string Path, string Text)[] files) =>
        Run(compilation, files.Select(file => (file.Path, SourceText.From(file.Text, Encoding.UTF8))));

    /// <summary>Content bytes decoded as the compiler decodes an additional file: strict UTF-8 first, then the ANSI code page.</summary>
    public static SourceText DecodeLikeTheCompiler(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(new MemoryStream(bytes), CodePagesEncodingProvider.Instance.GetEncoding(1252));
        }
    }

    private static SourceText ReadOrEmpty(AdditionalText file)
    {
        try
        {
            return file.GetText() ?? SourceText.From(string.Empty);
        }
        catch (IOException)
        {
            return SourceText.From(string.Empty);
        }
    }

    /// <summary>The generator's diagnostics located in the content file <paramref name="path"/> (relative to the content root).</summary>
    public IEnumerable<Diagnostic> DiagnosticsIn(string path) =>
        Diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == GeneratorHarness.ContentRoot + path);

    /// <summary>Everything that says the run itself went wrong: an exception, or a diagnostic outside every content file.</summary>
    public IEnumerable<string> Failures()
    {
        if (Result.Exception is not null)
        {
            yield return "the generator threw: " + Result.Exception;
        }

        foreach (var diagnostic in Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("KB", StringComparison.Ordinal))
            {
                yield return "not a KB diagnostic: " + diagnostic;
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            if (diagnostic.Location == Location.None || span.Path is null || !Files.TryGetValue(span.Path, out var text))
            {
                yield return "not located in a content file: " + diagnostic;
            }
            else if (diagnostic.Location.SourceSpan.End > text.Length || span.StartLinePosition.Line >= Math.Max(1, text.Lines.Count))
            {
                yield return "located outside its file: " + diagnostic;
            }
        }
    }

    /// <summary>Errors and warnings of the compilation with the generated code added (the generator's own excluded).</summary>
    public IEnumerable<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

    /// <summary>The generated source whose hint name ends with <paramref name="end"/>, if any.</summary>
    public string? Source(string end) =>
        Result.GeneratedSources.Where(source => source.HintName.EndsWith(end, StringComparison.Ordinal)).Select(source => source.SourceText.ToString()).SingleOrDefault();
}
