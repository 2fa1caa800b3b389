using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>Assertions whose failure message shows every diagnostic, so a broken test explains itself.</summary>
internal static class GeneratorAssert
{
    /// <summary>The compilation including the generated code has no error and no warning.</summary>
    public static void Compiles(GeneratorResult result) =>
        Assert.True(result.CompilationDiagnostics.IsEmpty, "The generated code does not compile cleanly:\n" + string.Join("\n", result.FormattedCompilationDiagnostics));

    /// <summary>
    /// The generator reported exactly one diagnostic, <paramref name="id"/>, at <paramref name="file"/>
    /// (relative to the content root) and the 1-based <paramref name="line"/> and <paramref name="column"/>.
    /// Returns its message.
    /// </summary>
    public static string Single(GeneratorResult result, string id, string file, int line, int column)
    {
        Assert.True(result.Diagnostics.Length == 1, "Expected one diagnostic, got:\n" + string.Join("\n", result.FormattedDiagnostics));
        return At(result.Diagnostics[0], id, file, line, column);
    }

    /// <summary>The diagnostic is <paramref name="id"/> at the given place (1-based line and column). Returns its message.</summary>
    public static string At(Diagnostic diagnostic, string id, string file, int line, int column)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"{id} Error {file}({line},{column}): ");
        var actual = GeneratorResult.Format(diagnostic);
        Assert.True(actual.StartsWith(expected, StringComparison.Ordinal), $"Expected a diagnostic starting '{expected}', got '{actual}'");
        Assert.NotEqual(Location.None, diagnostic.Location);
        return diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    /// <summary>A generated source whose hint name ends with <paramref name="hintNameEnd"/> exists.</summary>
    public static void Generated(GeneratorResult result, string hintNameEnd) =>
        Assert.True(
            result.Sources.Any(source => source.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)),
            $"No generated source '{hintNameEnd}'; generated: " + string.Join(", ", result.Sources.Select(source => source.HintName)));

    /// <summary>No generated source's hint name ends with <paramref name="hintNameEnd"/>.</summary>
    public static void NotGenerated(GeneratorResult result, string hintNameEnd) =>
        Assert.DoesNotContain(result.Sources, source => source.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal));
}
