using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator;

/// <summary>
/// The generator's diagnostics without a build, for tools such as <c>kb check</c>: one run of
/// <see cref="KnowledgeBaseGenerator"/> over a compilation and content files, as the compiler runs it but writing no
/// code (<see cref="KnowledgeBaseGenerator.DiagnosticsOnly"/>).
/// <para>
/// The schema must be in the compilation as source: the generator finds collection records among the source
/// declarations only (as the records it adds to must be source), and some checks read the records'
/// syntax. Diagnostics pass through the compilation's options, as in a build, so a compilation with warnings as
/// errors reports KB warnings as errors.
/// </para>
/// </summary>
public static class ContentCheck
{
    /// <summary>Every diagnostic the generator can report, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = Descriptors.All.ToImmutableArray();

    /// <summary>Runs the generator once and returns what it reports, content and schema diagnostics alike.</summary>
    /// <param name="compilation">The schema's compilation, without the generator's output.</param>
    /// <param name="contentFiles">The content files, as the build hands them to the compiler.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The generator's diagnostics, filtered by the compilation's options.</returns>
    public static ImmutableArray<Diagnostic> Run(CSharpCompilation compilation, IEnumerable<AdditionalText> contentFiles, CancellationToken cancellationToken = default)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [KnowledgeBaseGenerator.DiagnosticsOnly().AsSourceGenerator()],
            contentFiles,
            parseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(disabledOutputs: IncrementalGeneratorOutputKind.None));
        return driver.RunGenerators(compilation, cancellationToken).GetRunResult().Diagnostics;
    }
}
