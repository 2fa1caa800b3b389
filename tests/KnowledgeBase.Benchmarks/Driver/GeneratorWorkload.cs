using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using KnowledgeBase.Benchmarks.Content;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Benchmarks.Driver;

/// <summary>
/// The generator's input as the compiler sees it for src/KnowledgeBase: the real schema as C#, the synthetic
/// content as additional texts. Builds drivers the way the compiler does (no step tracking) or, for sanity
/// checks, with tracked steps.
/// </summary>
internal sealed class GeneratorWorkload
{
    public const string ContentRoot = "/kb/content/";

    /// <summary>The parse options of the workload's compilation and of the trees its driver generates.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(KnowledgeBase.Ref<>).Assembly.Location),
    ];

    private GeneratorWorkload(SyntheticContent content, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts)
    {
        Content = content;
        Compilation = compilation;
        Texts = texts;
    }

    public SyntheticContent Content { get; }

    public CSharpCompilation Compilation { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public static GeneratorWorkload Create(int entries)
    {
        var content = SyntheticContent.Create(entries);
        var texts = content.Files.Select(file => (AdditionalText)new InMemoryText(ContentRoot + file.Path, file.Text)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "KnowledgeBase",
            SchemaSources().Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, path: "/kb/src/Schema/" + source.Name)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new GeneratorWorkload(content, compilation, texts);
    }

    /// <summary>A driver with no state yet, as on the first build or after the IDE loads the project.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new KnowledgeBaseGenerator().AsSourceGenerator()],
            Texts,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The same compilation with one more C# file that has nothing to do with content.</summary>
    public CSharpCompilation WithUnrelatedEdit(int version = 0) =>
        Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace KnowledgeBase; internal static class Unrelated { internal static int Answer => " + version + "; }",
            ParseOptions,
            path: "/kb/src/Unrelated.cs"));

    /// <summary>How many times the generator has read any content file's text so far.</summary>
    public int Reads => Texts.Sum(text => ((InMemoryText)text).Reads);

    /// <summary>The text that replaces one content file: the same entry with its title changed.</summary>
    public (AdditionalText Old, AdditionalText New) EditOfOneFile()
    {
        var old = Texts.First(text => text.Path.Contains("/events/", StringComparison.Ordinal));
        var edited = old.GetText()!.ToString().Replace("title: ", "title: Edited ", StringComparison.Ordinal);
        return (old, new InMemoryText(old.Path, edited));
    }

    private static IEnumerable<(string Name, string Text)> SchemaSources()
    {
        var assembly = typeof(GeneratorWorkload).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name.Substring("Schema/".Length), reader.ReadToEnd());
        }
    }
}
