using System.Collections.Generic;
using System.Threading.Tasks;
using KnowledgeBase.Generator.LiveDiagnostics;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>Reads as the tests do: the analyzer analyses a project state.</summary>
internal static class LiveAnalysis
{
    public static Task<IReadOnlyList<string>> AnalyzeAs(this LiveContentDiagnosticsAnalyzer analyzer, LiveProject project) =>
        project.Analyze(analyzer);
}
