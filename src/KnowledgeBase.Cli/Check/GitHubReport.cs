using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Cli.Check;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, so a pull request shows each at its file and line:
/// <c>::error file=content/x.yaml,line=10,col=5,endLine=10,endColumn=12,title=KB0008::message</c>.
/// Paths are relative to the repository root, where the workflow's checkout is.
/// </summary>
internal static class GitHubReport
{
    public static string Render(CheckResult result)
    {
        var text = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            text.Append("::").Append(Command(finding.Severity)).Append(' ');
            if (finding.Path is { } path)
            {
                text.Append("file=").Append(EscapeProperty(Path.GetRelativePath(result.Scope.RepositoryRoot, path).Replace('\\', '/')))
                    .Append(",line=").Append(finding.Line)
                    .Append(",col=").Append(finding.Column)
                    .Append(",endLine=").Append(finding.EndLine)
                    .Append(",endColumn=").Append(finding.EndColumn)
                    .Append(',');
            }

            text.Append("title=").Append(EscapeProperty(finding.Id)).Append("::").Append(EscapeData(finding.Message)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A command's message: '%', CR and LF are percent-encoded, as the runner decodes them.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", System.StringComparison.Ordinal)
            .Replace("\r", "%0D", System.StringComparison.Ordinal)
            .Replace("\n", "%0A", System.StringComparison.Ordinal);

    /// <summary>A property value: as <see cref="EscapeData"/>, and ':' and ',' too, which separate properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", System.StringComparison.Ordinal)
            .Replace(",", "%2C", System.StringComparison.Ordinal);

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
