using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Authoring.Tests.Differential;

/// <summary>
/// What the build says about one content file: the generator, in-process, over the real schema
/// (src/KnowledgeBase/Schema) and every committed content file, with that one file replaced. The driver runs once
/// over the committed content and each question re-runs it incrementally, as the compiler does after an edit.
/// </summary>
internal sealed class BuildVerdict
{
    private const string ContentRoot = "/repo/content/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly CSharpCompilation compilation;
    private readonly Dictionary<string, AdditionalText> files;
    private readonly GeneratorDriver committed;

    private BuildVerdict()
    {
        var schema = Directory.GetFiles(Path.Combine(Repo.Root, "src", "KnowledgeBase", "Schema"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path: path));
        compilation = CSharpCompilation.Create(
            "KnowledgeBase.Differential",
            schema,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Ref<>).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        files = Directory.GetFiles(Repo.Content, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repo.Content, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => path, path => (AdditionalText)new Text(ContentRoot + path, File.ReadAllText(Path.Combine(Repo.Content, path))), StringComparer.Ordinal);
        committed = CSharpGeneratorDriver.Create([new KnowledgeBaseGenerator().AsSourceGenerator()], files.Values, ParseOptions)
            .RunGenerators(compilation);
        CommittedDiagnostics = committed.GetRunResult().Diagnostics;
    }

    public static BuildVerdict Instance { get; } = new();

    /// <summary>What the generator reports over the committed content (nothing, or the baseline is broken).</summary>
    public ImmutableArray<Diagnostic> CommittedDiagnostics { get; }

    /// <summary>The diagnostics the build reports in <paramref name="path"/> (relative to content/) when it holds <paramref name="yaml"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(string path, string yaml)
    {
        var replacement = new Text(ContentRoot + path, yaml);
        var result = committed.ReplaceAdditionalText(files[path], replacement).RunGenerators(compilation).GetRunResult();
        return [.. result.Diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == replacement.Path)];
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
