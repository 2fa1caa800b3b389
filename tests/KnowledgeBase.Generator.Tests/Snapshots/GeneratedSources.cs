using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Snapshots;

/// <summary>Turns a generator run into snapshot files: one per generated source, named by its hint name.</summary>
internal static class GeneratedSources
{
    /// <summary>Every generated source, after checking the run was clean: a snapshot of broken output would hide the error.</summary>
    public static IEnumerable<SnapshotTarget> Of(GeneratorResult result)
    {
        Assert.Empty(result.FormattedDiagnostics);
        Assert.True(result.CompilationDiagnostics.IsEmpty, string.Join("\n", result.FormattedCompilationDiagnostics));
        return result.Sources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => new SnapshotTarget(
                source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName,
                source.SourceText.ToString(),
                "cs"))
            .ToList();
    }
}
