using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Generator.LiveDiagnostics;

/// <summary>
/// Reports the generator's content diagnostics as an analyzer, per YAML file, so IDEs show them in the error list
/// and the file while it is edited: IDEs have not reliably shown a generator's diagnostics at positions in
/// additional files, while they do show an analyzer's (<c>RegisterAdditionalFileAction</c>).
/// <para>
/// It runs the generator itself over the compilation and keeps the diagnostics located in content files, so it
/// reports what the build reports, every rule included, with nothing to keep in step; the generator it runs writes
/// no code (<see cref="KnowledgeBaseGenerator.DiagnosticsOnly"/>), since the IDE's own generator run does that. It
/// runs incrementally: one driver per project is kept between compilations (<see cref="ProjectDriverCache"/>), so a
/// C# edit re-reads no content and a YAML edit re-parses that file alone. It does anything only when the compilation
/// has the marker additional file that the package's build targets add in design-time (IDE) builds, so command-line
/// builds report each error once, from the generator.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiveContentDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The file name of the marker that switches live diagnostics on (see build/KnowledgeBase.Generator.targets).</summary>
    public const string MarkerFileName = "KnowledgeBase.LiveDiagnostics.marker";

    private readonly ProjectDriverCache drivers;

    /// <summary>Creates the analyzer with the drivers every instance shares, as the compiler and IDEs do.</summary>
    public LiveContentDiagnosticsAnalyzer()
        : this(ProjectDriverCache.Shared)
    {
    }

    /// <summary>Creates the analyzer with its own drivers, so a test or benchmark sees no other's state.</summary>
    internal LiveContentDiagnosticsAnalyzer(ProjectDriverCache drivers) => this.drivers = drivers;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All.ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var files = start.Options.AdditionalFiles;
            if (!files.Any(IsMarker) || start.Compilation is not CSharpCompilation compilation)
            {
                return;
            }

            // Once per compilation. With no content diagnostic at all, no per-file action is registered: Roslyn would
            // otherwise call it for every content file (10,000 calls cost more than the driver's re-run).
            var options = start.Options.AnalyzerConfigOptionsProvider;
            var diagnostics = drivers.For(ProjectKey(compilation, options)).Run(
                WithoutOwnOutput(compilation),
                files.Where(file => !IsMarker(file)).ToImmutableArray(),
                options,
                start.CancellationToken);
            var byFile = ByFile(diagnostics);
            if (byFile.Count == 0)
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (byFile.TryGetValue(file.AdditionalFile.Path, out var own))
                {
                    foreach (var diagnostic in own)
                    {
                        file.ReportDiagnostic(diagnostic);
                    }
                }
            });
        });
    }

    private static bool IsMarker(AdditionalText file) =>
        string.Equals(System.IO.Path.GetFileName(file.Path), MarkerFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What tells one project's compilations from another's: its folder and target framework (compiler-visible in
    /// every SDK project) and its assembly name. Only speed depends on it: a driver given another project's inputs
    /// still reports exactly that project's diagnostics.
    /// </summary>
    private static string ProjectKey(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var global = options.GlobalOptions;
        global.TryGetValue("build_property.ProjectDir", out var directory);
        global.TryGetValue("build_property.TargetFramework", out var framework);
        return directory + "|" + framework + "|" + compilation.AssemblyName;
    }

    /// <summary>
    /// An IDE's compilation already holds this generator's output; running the generator over it again would find
    /// every entry's member taken (KB0010). Generated trees live in a folder named after the generator type.
    /// </summary>
    internal static CSharpCompilation WithoutOwnOutput(CSharpCompilation compilation)
    {
        var generated = compilation.SyntaxTrees.Where(tree => IsGeneratedByThisGenerator(tree.FilePath)).ToList();
        return generated.Count > 0 ? compilation.RemoveSyntaxTrees(generated) : compilation;
    }

    private static bool IsGeneratedByThisGenerator(string path) =>
        string.Equals(
            System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty),
            typeof(KnowledgeBaseGenerator).FullName,
            StringComparison.Ordinal);

    /// <summary>
    /// The content diagnostics by file: the generator located each with the additional file's own path. C#
    /// diagnostics (and those with no file) are the generator's to report.
    /// </summary>
    private static Dictionary<string, List<Diagnostic>> ByFile(ImmutableArray<Diagnostic> diagnostics)
    {
        var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Location.Kind == LocationKind.ExternalFile))
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            if (!byFile.TryGetValue(path, out var list))
            {
                byFile.Add(path, list = []);
            }

            list.Add(diagnostic);
        }

        return byFile;
    }
}
