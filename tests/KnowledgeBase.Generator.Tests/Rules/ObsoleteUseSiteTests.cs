using System;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>
/// Superseding an entry in the real schema makes code that still uses it warn, with KB0100, at the line of the use:
/// the reason and the replacement travel into the warning.
/// </summary>
public sealed class ObsoleteUseSiteTests
{
    private const string Consumer = """
        namespace App;

        public static class Report
        {
            public static decimal? Current => KnowledgeBase.Figure.NewerFigure.Values[0].Value;

            public static decimal? Old => KnowledgeBase.Figure.AFigure.Values[0].Value;
        }
        """;

    [Fact]
    public void Code_using_a_superseded_figure_gets_KB0100_at_the_use_with_reason_and_replacement()
    {
        var harness = RealSchema.Harness(
            ("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nstatus: superseded\nsupersededBy: newer-figure\nstatusReason: Revised to -593.7"),
            ("figures/newer-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"]));
        harness.AddCSharp(Consumer);

        var result = harness.Run();

        Assert.Empty(result.FormattedDiagnostics);
        var warning = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal("KB0100", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var span = warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("'FigureEntries.AFigure' is obsolete: 'The entry 'a-figure' is superseded by 'newer-figure': Revised to -593.7'", span);
        var line = warning.Location.GetLineSpan();
        Assert.Equal(harness.Compilation.SyntaxTrees[^1].FilePath, line.Path);
        Assert.Equal(6, line.StartLinePosition.Line);
    }

    [Fact]
    public void Code_using_a_retracted_source_gets_KB0100_and_code_using_current_entries_gets_nothing()
    {
        var harness = RealSchema.Harness(("sources/a-report.yaml", RealSchema.Valid["sources/a-report.yaml"] + "\nstatus: retracted\nstatusReason: The publisher withdrew it"));
        harness.AddCSharp("""
            namespace App;

            public static class Uses
            {
                public static string Actor => KnowledgeBase.Actor.AnActor.Name;

                public static string Source => KnowledgeBase.Source.AReport.Title;
            }
            """);

        var result = harness.Run();

        var warning = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal("KB0100", warning.Id);
        Assert.Equal(6, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("is retracted: The publisher withdrew it", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
