using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory C# and YAML, as the compiler would, and keeps the driver for re-runs.</summary>
internal sealed class GeneratorHarness
{
    public const string ContentRoot = "/repo/content/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(KnowledgeBase.Ref<>).Assembly.Location),
    ];

    private readonly Dictionary<string, AdditionalText> files;
    private readonly string contentRoot;

    private GeneratorHarness(GeneratorDriver driver, CSharpCompilation compilation, Dictionary<string, AdditionalText> files, string contentRoot)
    {
        Driver = driver;
        Compilation = compilation;
        this.files = files;
        this.contentRoot = contentRoot;
    }

    public GeneratorDriver Driver { get; private set; }

    public CSharpCompilation Compilation { get; private set; }

    /// <summary>A harness over <paramref name="schema"/> and content files given relative to the content root.</summary>
    public static GeneratorHarness Create(string schema, params (string Path, string Text)[] content) =>
        CreateAt(ContentRoot, schema, content);

    /// <summary>
    /// A harness whose content lives below <paramref name="contentRoot"/>, to show that output does not depend
    /// on where a clone sits. Files are handed to the generator in the order given.
    /// </summary>
    public static GeneratorHarness CreateAt(string contentRoot, string schema, params (string Path, string Text)[] content)
    {
        var compilation = CSharpCompilation.Create(
            "KnowledgeBase.Tests.Content",
            [CSharpSyntaxTree.ParseText(schema, ParseOptions, path: "/repo/src/Schema.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var files = content.ToDictionary(
            file => file.Path,
            file => (AdditionalText)new InMemoryAdditionalText(contentRoot + file.Path, file.Text),
            StringComparer.Ordinal);
        var driver = CSharpGeneratorDriver.Create(
            [new KnowledgeBaseGenerator().AsSourceGenerator()],
            content.Select(file => files[file.Path]),
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return new GeneratorHarness(driver, compilation, files, contentRoot);
    }

    public static GeneratorResult RunOnce(string schema, params (string Path, string Text)[] content) => Create(schema, content).Run();

    /// <summary>Runs the generator with its state so far, the way the compiler does on every edit.</summary>
    public GeneratorResult Run()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(Driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Runs a new driver over the same compilation and content: what the incremental run must equal.</summary>
    public GeneratorResult RunCold()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new KnowledgeBaseGenerator().AsSourceGenerator()],
            files.Values,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Changes the C# side as an IDE would: a new compilation that shares what was not edited.</summary>
    public void EditCompilation(Func<CSharpCompilation, CSharpCompilation> edit) => Compilation = edit(Compilation);

    /// <summary>Replaces the text of the C# file at <paramref name="path"/>, keeping its parse options.</summary>
    public void ReplaceCSharp(string path, string source)
    {
        var old = Compilation.SyntaxTrees.Single(tree => tree.FilePath == path);
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)old.Options, path));
    }

    public void ReplaceFile(string path, string text)
    {
        var replacement = new InMemoryAdditionalText(contentRoot + path, text);
        Driver = Driver.ReplaceAdditionalText(files[path], replacement);
        files[path] = replacement;
    }

    public void AddFile(string path, string text)
    {
        var added = new InMemoryAdditionalText(contentRoot + path, text);
        Driver = Driver.AddAdditionalTexts([added]);
        files[path] = added;
    }

    public void RemoveFile(string path)
    {
        Driver = Driver.RemoveAdditionalTexts([files[path]]);
        files.Remove(path);
    }

    /// <summary>Adds a C# file and returns its path.</summary>
    public string AddCSharp(string source)
    {
        var path = "/repo/src/Extra" + Compilation.SyntaxTrees.Length.ToString(CultureInfo.InvariantCulture) + ".cs";
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: path));
        return path;
    }
}
