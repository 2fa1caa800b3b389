using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>
/// What the build reports for a content file: the generator, run in process over the real schema
/// (src/KnowledgeBase/Schema) and every committed content file, with one file's text replaced.
/// </summary>
internal static class BuildDiagnostics
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> Schema = new(() => CSharpCompilation.Create(
        "KnowledgeBase",
        Directory.GetFiles(Path.Combine(Repo.Root, "src", "KnowledgeBase", "Schema"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path)),
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Ref<>).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    /// <summary>The generator's diagnostics at <paramref name="relativePath"/> when that file holds <paramref name="text"/>.</summary>
    public static IReadOnlyList<Diagnostic> For(string relativePath, string text)
    {
        var replaced = Path.GetFullPath(Path.Combine(Repo.Root, relativePath));
        var files = Directory.GetFiles(Repo.Content, "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new ContentText(path, path == replaced ? text : File.ReadAllText(path)));
        var driver = CSharpGeneratorDriver.Create([new KnowledgeBaseGenerator().AsSourceGenerator()], files, ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(Schema.Value, out _, out var diagnostics);
        return [.. diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == replaced)];
    }

    private sealed class ContentText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
