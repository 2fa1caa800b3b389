using System.Collections.Immutable;
using KnowledgeBase.Generator.LiveDiagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Benchmarks.Live;

/// <summary>
/// The floor under the live analyzer: the same actions (one per compilation and, when <c>perFile</c>, one per
/// additional file, as when some file has a diagnostic) and the same descriptors, doing nothing, so its time is what
/// Roslyn's analyzer driver costs whatever the analyzer does.
/// </summary>
// RS1001 wants [DiagnosticAnalyzer], which only hosts that discover analyzers in an assembly read; this one is handed
// to CompilationWithAnalyzers directly, and with the attribute RS1041 would refuse the net10.0 benchmark assembly.
#pragma warning disable RS1001
internal sealed class EmptyLiveAnalyzer(bool perFile) : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new LiveContentDiagnosticsAnalyzer().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (perFile)
            {
                start.RegisterAdditionalFileAction(static _ => { });
            }
        });
    }
}
