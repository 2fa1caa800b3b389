using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Diagnostics;
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
/// reports exactly what the build reports, every rule included, with nothing to keep in step. It does anything only
/// when the compilation has the marker additional file that the package's build targets add in design-time (IDE)
/// builds, so command-line builds report each error once, from the generator.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiveContentDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The file name of the marker that switches live diagnostics on (see build/KnowledgeBase.Generator.targets).</summary>
    public const string MarkerFileName = "KnowledgeBase.LiveDiagnostics.marker";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All.ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var files = start.Options.AdditionalFiles;
            if (!files.Any(IsMarker) || start.Compilation is not CSharpCompilation compilation)
            {
                return;
            }

            // Once per compilation, on first use; each file's action then picks its own diagnostics.
            var diagnostics = new Lazy<ImmutableArray<Diagnostic>>(
                () => RunGenerator(compilation, files.Where(file => !IsMarker(file)).ToImmutableArray(), start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => Report(file, diagnostics.Value));
        });
    }

    private static bool IsMarker(AdditionalText file) =>
        string.Equals(System.IO.Path.GetFileName(file.Path), MarkerFileName, StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<Diagnostic> RunGenerator(
        CSharpCompilation compilation,
        ImmutableArray<AdditionalText> files,
        AnalyzerConfigOptionsProvider options,
        CancellationToken cancellationToken)
    {
        // An IDE's compilation already holds this generator's output; running the generator over it again would find
        // every entry's member taken (KB0010). Generated trees live in a folder named after the generator type.
        var generated = compilation.SyntaxTrees.Where(tree => IsGeneratedByThisGenerator(tree.FilePath)).ToList();
        if (generated.Count > 0)
        {
            compilation = compilation.RemoveSyntaxTrees(generated);
        }

        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var driver = CSharpGeneratorDriver.Create(
            [new KnowledgeBaseGenerator().AsSourceGenerator()],
            files,
            parseOptions,
            options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
        return driver.RunGenerators(compilation, cancellationToken).GetRunResult().Diagnostics;
    }

    private static bool IsGeneratedByThisGenerator(string path) =>
        string.Equals(
            System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty),
            typeof(KnowledgeBaseGenerator).FullName,
            StringComparison.Ordinal);

    private static void Report(AdditionalFileAnalysisContext context, ImmutableArray<Diagnostic> diagnostics)
    {
        // The generator located each content diagnostic with the additional file's own path: report those of this file.
        var path = context.AdditionalFile.Path;
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Location.IsInSource && string.Equals(diagnostic.Location.GetLineSpan().Path, path, StringComparison.Ordinal))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
