using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator.LiveDiagnostics;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// The IDE-side analyzer reports exactly the generator's content diagnostics, per YAML file, when the design-time
/// marker is present, and nothing otherwise (so a command-line build reports each error once).
/// </summary>
public sealed class LiveContentDiagnosticsAnalyzerTests
{
    private const string Schema = """
        using System;
        using System.Collections.Immutable;
        using KnowledgeBase;

        namespace Demo;

        [Collection("people")]
        public sealed partial record Person(string Name, DateOnly Born, Ref<Person>? Mentor = null);

        [Collection("broken")]
        public record NotPartial(string Name);
        """;

    private static readonly AdditionalText[] Content =
    [
        new InMemoryAdditionalText("/repo/content/people/ada.yaml", "name: Ada\nborn: 1815-12-10\n"),
        new InMemoryAdditionalText("/repo/content/people/bad.yaml", "name: Bad\nborn: 10 December 1815\nmentor: adda\nnickname: B\n"),
        new InMemoryAdditionalText("/repo/content/places/paris.yaml", "name: Paris\n"),
    ];

    private static readonly AdditionalText Marker = new InMemoryAdditionalText(
        "/packages/knowledgebase.generator/0.1.0/build/" + LiveContentDiagnosticsAnalyzer.MarkerFileName, "marker");

    [Fact]
    public async Task With_the_design_time_marker_it_reports_the_generators_content_diagnostics_at_the_same_places()
    {
        var (compilation, generatorDiagnostics) = CompileWithGenerator();

        var analyzerDiagnostics = await Analyze(compilation, [.. Content, Marker]);

        var expected = generatorDiagnostics.Where(InContent).Select(Describe).Order().ToList();
        Assert.Equal(["KB0004", "KB0006", "KB0008", "KB0011"], generatorDiagnostics.Where(InContent).Select(diagnostic => diagnostic.Id).Order());
        Assert.Equal(expected, analyzerDiagnostics.Select(Describe).Order().ToList());
        Assert.Contains(analyzerDiagnostics, diagnostic => diagnostic.Id == "KB0008" && diagnostic.Location.GetLineSpan().StartLinePosition.Line == 2);
    }

    [Fact]
    public async Task Without_the_marker_it_reports_nothing_so_builds_do_not_see_each_error_twice()
    {
        var (compilation, generatorDiagnostics) = CompileWithGenerator();

        Assert.NotEmpty(generatorDiagnostics);
        Assert.Empty(await Analyze(compilation, Content));
    }

    [Fact]
    public async Task It_leaves_diagnostics_in_csharp_to_the_generator()
    {
        var (compilation, generatorDiagnostics) = CompileWithGenerator();

        Assert.Contains(generatorDiagnostics, diagnostic => diagnostic.Id == "KB0013" && !InContent(diagnostic));
        var analyzerDiagnostics = await Analyze(compilation, [.. Content, Marker]);
        Assert.NotEmpty(analyzerDiagnostics);
        Assert.All(analyzerDiagnostics, diagnostic => Assert.True(InContent(diagnostic), Describe(diagnostic)));
    }

    /// <summary>The compilation an IDE analyzes: the schema plus the generated sources, as after a generator run.</summary>
    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) CompileWithGenerator()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Live",
            [CSharpSyntaxTree.ParseText(Schema, parseOptions, path: "/repo/src/Schema.cs")],
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Ref<>).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new KnowledgeBaseGenerator().AsSourceGenerator()], Content, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation, AdditionalText[] additionalFiles) =>
        compilation
            .WithAnalyzers([new LiveContentDiagnosticsAnalyzer()], new AnalyzerOptions([.. additionalFiles]))
            .GetAnalyzerDiagnosticsAsync();

    private static bool InContent(Diagnostic diagnostic) =>
        diagnostic.Location.GetLineSpan().Path.EndsWith(".yaml", System.StringComparison.Ordinal);

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Location.GetLineSpan()} {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
