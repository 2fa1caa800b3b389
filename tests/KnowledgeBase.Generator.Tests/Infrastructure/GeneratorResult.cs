using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced: its diagnostics, its sources, and the compilation with them added.</summary>
internal sealed class GeneratorResult(GeneratorDriverRunResult run, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
{
    public GeneratorDriverRunResult RunResult { get; } = run;

    public Compilation Output { get; } = output;

    /// <summary>Diagnostics the generator reported, sorted by file, line and id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = [.. generatorDiagnostics
        .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition)
        .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)];

    /// <summary>Errors and warnings of the compilation including the generated code, the generator's own excluded.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        [.. Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>The compilation's diagnostics as text, for assertions whose failure shows every message.</summary>
    public string[] FormattedCompilationDiagnostics => [.. CompilationDiagnostics.Select(diagnostic => diagnostic.ToString())];

    public ImmutableArray<GeneratedSourceResult> Sources => RunResult.Results.Single().GeneratedSources;

    /// <summary>The schema step's model of the collection whose record is named <paramref name="record"/> (a tracked run).</summary>
    public CollectionModel Collection(string record)
    {
        var model = (SchemaModel)RunResult.Results.Single().TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value;
        return model.Collections.Single(collection => collection.Name == record);
    }

    public string Source(string hintNameEnd) =>
        Sources.Single(source => source.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>One line per diagnostic: id, severity, file below the content root, 1-based line and column, message.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(GeneratorHarness.ContentRoot, StringComparison.Ordinal)
            ? span.Path[GeneratorHarness.ContentRoot.Length..]
            : span.Path;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Id} {diagnostic.Severity} {path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    public string[] FormattedDiagnostics => [.. Diagnostics.Select(Format)];
}
