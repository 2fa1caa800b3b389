using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Architecture;

/// <summary>
/// The generator's folders depend one way: Common, then Schema and Yaml, then Binding, Checks, Emit, the pipeline
/// and the generator itself, then the live analyzer. Every name a file uses is bound with Roslyn and its folder
/// compared with the file's own, so a back edge fails here naming the file and the type.
/// </summary>
public sealed class FolderFlowTests
{
    private const string Root = "(root)";

    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["Common"] = 0,
        ["Schema"] = 1,
        ["Yaml"] = 1,
        ["Binding"] = 2,
        ["Checks"] = 3,
        ["Emit"] = 4,
        ["Pipeline"] = 5,
        [Root] = 6,
        ["LiveDiagnostics"] = 7,
    };

    [Fact]
    public void Every_folder_uses_only_folders_before_it_in_the_flow()
    {
        var uses = FolderUses();
        Assert.Contains(uses, use => use.From == "Emit" && use.To == "Binding");

        var backwards = uses
            .Where(use => Layers[use.To] >= Layers[use.From])
            .Select(use => $"{use.File} ({use.From}) uses {use.Type} ({use.To})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(backwards.Count == 0, "Dependencies against the flow:\n" + string.Join("\n", backwards));
    }

    [Fact]
    public void Every_folder_of_the_generator_has_a_place_in_the_flow()
    {
        var folders = Directory.GetDirectories(GeneratorFolder())
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "build"))
            .ToList();

        Assert.All(folders, folder => Assert.True(Layers.ContainsKey(folder!), $"The folder '{folder}' has no layer; add it to {nameof(Layers)} where it sits in the flow."));
    }

    private static List<(string File, string From, string Type, string To)> FolderUses()
    {
        var folder = GeneratorFolder();
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path))
            .ToList();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat([MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(YamlDotNet.Core.Parser).Assembly.Location)]);
        var compilation = CSharpCompilation.Create("Flow", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var uses = new List<(string, string, string, string)>();
        foreach (var tree in trees)
        {
            var from = FolderOf(Path.GetRelativePath(folder, tree.FilePath));
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                var source = type?.OriginalDefinition.Locations.FirstOrDefault(location => location.IsInSource)?.SourceTree?.FilePath;
                if (source is null)
                {
                    continue;
                }

                var to = FolderOf(Path.GetRelativePath(folder, source));
                if (to != from)
                {
                    uses.Add((Path.GetFileName(tree.FilePath), from, type!.Name, to));
                }
            }
        }

        return uses;
    }

    private static string FolderOf(string relativePath)
    {
        var separator = relativePath.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator < 0 ? Root : relativePath[..separator];
    }

    private static string GeneratorFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "KnowledgeBase.Generator"));
}
