using System;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeBase.Benchmarks.Driver;
using KnowledgeBase.Generator.LiveDiagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Benchmarks.Live;

/// <summary>
/// What an IDE hands the live analyzer for src/KnowledgeBase over synthetic content: the compilation with the
/// generator's sources already in it, and the content files plus the design-time marker as additional files.
/// Each edit is a new compilation, as after a keystroke; unchanged files keep their instances, as IDEs keep them.
/// </summary>
internal sealed class LiveWorkload
{
    private static readonly AdditionalText Marker = new InMemoryText("/kb/packages/build/" + LiveContentDiagnosticsAnalyzer.MarkerFileName, "marker");
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly AdditionalText edited;
    private int version;

    private LiveWorkload(GeneratorWorkload generator, Compilation compilation)
    {
        Generator = generator;
        Compilation = compilation;
        Options = new AnalyzerOptions([.. generator.Texts, Marker]);
        edited = generator.Texts.First(text => text.Path.Contains("/events/", StringComparison.Ordinal));
    }

    public GeneratorWorkload Generator { get; }

    /// <summary>The compilation as the IDE holds it after its own generator run: the schema plus generated sources.</summary>
    public Compilation Compilation { get; }

    /// <summary>The content files and the marker, the instances every unrelated edit reuses.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The content file the YAML edit changes (its title).</summary>
    public string EditedPath => edited.Path;

    public static LiveWorkload Create(int entries)
    {
        var generator = GeneratorWorkload.Create(entries);
        generator.NewDriver().RunGeneratorsAndUpdateCompilation(generator.Compilation, out var compilation, out var diagnostics);
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("the synthetic content must build clean; first diagnostic: " + diagnostics[0]);
        }

        return new LiveWorkload(generator, compilation);
    }

    /// <summary>A new compilation with one more C# file that has nothing to do with content.</summary>
    public Compilation UnrelatedEdit() =>
        Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace KnowledgeBase; internal static class Unrelated { internal static int Answer => " + ++version + "; }",
            ParseOptions,
            path: "/kb/src/Unrelated.cs"));

    /// <summary>A number no edit has used yet, so every edit is a real change.</summary>
    public int Version() => ++version;

    /// <summary>One content file replaced by a new instance with another title (or <paramref name="text"/>).</summary>
    public AnalyzerOptions YamlEdit(string? text = null)
    {
        var source = edited.GetText()!.ToString();
        var replacement = new InMemoryText(edited.Path, text ?? source.Replace("title: ", "title: Edited " + ++version + " ", StringComparison.Ordinal));
        return new AnalyzerOptions([.. Generator.Texts.Select(file => ReferenceEquals(file, edited) ? replacement : file), Marker]);
    }

    /// <summary>Analyses <paramref name="compilation"/> as an IDE's background analysis does: every file, this analyzer.</summary>
    public static ImmutableArray<Diagnostic> Analyze(DiagnosticAnalyzer analyzer, Compilation compilation, AnalyzerOptions options) =>
        compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>Analyses one content file only, as an IDE does for the document open in the editor.</summary>
    public static ImmutableArray<Diagnostic> AnalyzeFile(LiveContentDiagnosticsAnalyzer analyzer, Compilation compilation, AnalyzerOptions options, string path)
    {
        var file = options.AdditionalFiles.First(text => text.Path == path);
        return compilation.WithAnalyzers([analyzer], options).GetAnalysisResultAsync(file, [analyzer], default).GetAwaiter().GetResult().GetAllDiagnostics();
    }
}
