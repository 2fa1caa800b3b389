using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Cli.Check;

/// <summary>One diagnostic as <c>kb check</c> reports it: where (1-based, end exclusive), how bad, which rule, what.</summary>
/// <param name="Path">The file's full path; null for a diagnostic located nowhere.</param>
/// <param name="Line">The first line.</param>
/// <param name="Column">The first column, in UTF-16 code units as the compiler counts.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="EndColumn">The column just past the end.</param>
/// <param name="Severity">The severity after the build's options (warnings as errors turn warnings into errors).</param>
/// <param name="Id">The rule's id, KB0001 ...</param>
/// <param name="Message">The message, on one line.</param>
internal sealed record CheckFinding(string? Path, int Line, int Column, int EndLine, int EndColumn, DiagnosticSeverity Severity, string Id, string Message)
{
    /// <summary>The finding of a generator diagnostic.</summary>
    public static CheckFinding From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var located = diagnostic.Location != Location.None && !string.IsNullOrEmpty(span.Path);
        return new CheckFinding(
            located ? span.Path : null,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            diagnostic.Severity,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The severity as the compiler writes it: error, warning or info.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
