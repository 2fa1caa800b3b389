using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator.LiveDiagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// One state of a project as an IDE holds it: its C# (schema) and its content files. Each edit gives a new state
/// that keeps every unchanged file's instance, as IDEs do, so the analyzer's kept driver sees what changed.
/// </summary>
internal sealed class LiveProject
{
    public static readonly AdditionalText Marker = new CountingText(
        "/packages/knowledgebase.generator/0.1.0/build/" + LiveContentDiagnosticsAnalyzer.MarkerFileName, "marker");

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly string assemblyName;

    private LiveProject(string assemblyName, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> content)
    {
        this.assemblyName = assemblyName;
        Trees = trees;
        Content = content;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<AdditionalText> Content { get; }

    public static LiveProject Create(string schema, IEnumerable<AdditionalText> content, string assemblyName = "Live") =>
        new(assemblyName, [Parse(schema, "/repo/src/Schema.cs")], [.. content]);

    /// <summary>The schema file rewritten (a new tree), every content file kept.</summary>
    public LiveProject WithSchema(string schema) =>
        new(assemblyName, Trees.SetItem(0, Parse(schema, Trees[0].FilePath)), Content);

    /// <summary>One more C# file that has nothing to do with content.</summary>
    public LiveProject WithUnrelatedCode(int version) =>
        new(assemblyName, Trees.Add(Parse("namespace Demo; internal static class Unrelated" + version + " { }", "/repo/src/Unrelated" + version + ".cs")), Content);

    /// <summary>A content file added, or replaced by a new instance at its path (an edit).</summary>
    public LiveProject WithFile(string path, string text)
    {
        var file = new CountingText(path, text);
        var index = Content.IndexOf(Content.FirstOrDefault(existing => existing.Path == path)!);
        return new(assemblyName, Trees, index < 0 ? Content.Add(file) : Content.SetItem(index, file));
    }

    public LiveProject WithoutFile(string path) =>
        new(assemblyName, Trees, Content.RemoveAll(file => file.Path == path));

    /// <summary>The build's content diagnostics for this state: a cold generator run, as the command line does it.</summary>
    public IReadOnlyList<string> BuildContentDiagnostics() =>
        [.. ColdRun(out _).Where(InContent).Select(Describe).Order(System.StringComparer.Ordinal)];

    /// <summary>The build's diagnostics outside content files (C# declarations), for tests that need one.</summary>
    public ImmutableArray<Diagnostic> BuildDiagnostics() => ColdRun(out _);

    /// <summary>The compilation an IDE holds for this state: the C# plus the generator's sources.</summary>
    public Compilation IdeCompilation()
    {
        ColdRun(out var withGeneratedSources);
        return withGeneratedSources;
    }

    /// <summary>What the analyzer reports for the compilation an IDE holds.</summary>
    public Task<IReadOnlyList<string>> Analyze(LiveContentDiagnosticsAnalyzer analyzer, bool withMarker = true) =>
        Analyze(IdeCompilation(), analyzer, withMarker);

    /// <summary>What the analyzer reports for <paramref name="compilation"/> with this state's content files.</summary>
    public async Task<IReadOnlyList<string>> Analyze(Compilation compilation, LiveContentDiagnosticsAnalyzer analyzer, bool withMarker = true)
    {
        AdditionalText[] files = withMarker ? [.. Content, Marker] : [.. Content];
        var diagnostics = await compilation
            .WithAnalyzers([analyzer], new AnalyzerOptions([.. files]))
            .GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.Select(Describe).Order(System.StringComparer.Ordinal)];
    }

    public static bool InContent(Diagnostic diagnostic) =>
        diagnostic.Location.GetLineSpan().Path.EndsWith(".yaml", System.StringComparison.Ordinal);

    public static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Location.GetLineSpan()} {diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";

    private ImmutableArray<Diagnostic> ColdRun(out Compilation withGeneratedSources)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            Trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Ref<>).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new KnowledgeBaseGenerator().AsSourceGenerator()], Content, ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out withGeneratedSources, out var diagnostics);
        return diagnostics;
    }

    private static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);
}
