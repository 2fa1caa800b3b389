using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Cli.Check;

/// <summary>What one <c>kb check</c> found.</summary>
/// <param name="Scope">What was checked and reported.</param>
/// <param name="Findings">The diagnostics in scope, by file, line, column and id.</param>
/// <param name="FileCount">How many content files are in scope.</param>
internal sealed record CheckResult(CheckScope Scope, IReadOnlyList<CheckFinding> Findings, int FileCount)
{
    public int Errors => Findings.Count(finding => finding.Severity == DiagnosticSeverity.Error);

    public int Warnings => Findings.Count(finding => finding.Severity == DiagnosticSeverity.Warning);
}

/// <summary>
/// Runs the generator over a content folder without a build: the schema's compilation (<see cref="SchemaCompilation"/>),
/// every content file decoded as the compiler decodes it, one run through <see cref="ContentCheck"/>. No rule is
/// checked here; every diagnostic is the generator's own.
/// </summary>
internal static class ContentChecker
{
    public static CheckResult Run(CheckScope scope, CancellationToken cancellationToken = default)
    {
        var files = ContentFiles.Under(scope.ContentRoot);
        var diagnostics = ContentCheck.Run(
            SchemaCompilation.Create(scope.RepositoryRoot),
            files.Select(file => (AdditionalText)new CompilerDecodedText(file)),
            cancellationToken);
        var findings = diagnostics
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden)
            .Select(CheckFinding.From)
            .Where(finding => scope.Reports(finding.Path))
            .OrderBy(finding => finding.Path, StringComparer.Ordinal)
            .ThenBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.Id, StringComparer.Ordinal)
            .ThenBy(finding => finding.Message, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(scope, findings, files.Count(scope.Reports));
    }
}
