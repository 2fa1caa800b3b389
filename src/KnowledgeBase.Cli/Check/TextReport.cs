using System.Globalization;
using System.IO;
using System.Text;

namespace KnowledgeBase.Cli.Check;

/// <summary>The compiler's format, one line per diagnostic: <c>content/events/x.yaml(10,5): error KB0008: ...</c>.</summary>
internal static class TextReport
{
    /// <summary>The report, with paths relative to <paramref name="currentDirectory"/>.</summary>
    public static string Render(CheckResult result, string currentDirectory)
    {
        var text = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            if (finding.Path is { } path)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(currentDirectory, path)}({finding.Line},{finding.Column}): ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{finding.SeverityName} {finding.Id}: {finding.Message}\n");
        }

        return text.ToString();
    }

    /// <summary>The closing line: how many errors and warnings in how many files.</summary>
    public static string Summary(CheckResult result)
    {
        var files = Count(result.FileCount, "content file");
        return result.Findings.Count == 0
            ? $"kb check: no errors or warnings in {files}."
            : $"kb check: {Count(result.Errors, "error")} and {Count(result.Warnings, "warning")} in {files}.";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
