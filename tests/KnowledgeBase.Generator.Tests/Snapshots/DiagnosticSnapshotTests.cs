using System.Text;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Snapshots;

/// <summary>
/// The diagnostics for each bad input, as a content editor sees them (id, severity, file, line, column,
/// message), beside the input itself, so a reviewer can check every position and every message's wording.
/// </summary>
public sealed class DiagnosticSnapshotTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_for(string name)
    {
        var testCase = DiagnosticCases.All[name];
        var result = GeneratorHarness.RunOnce(testCase.Schema, testCase.Files);
        Assert.NotEmpty(result.Diagnostics);

        var text = new StringBuilder();
        foreach (var (path, yaml) in testCase.Files)
        {
            text.Append("=== ").Append(path).Append('\n');
            if (yaml.Length == 0)
            {
                text.Append("    (empty file)\n");
            }

            var lines = yaml.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            for (var line = 0; line < lines.Length && yaml.Length > 0; line++)
            {
                var number = (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(3);
                text.Append(number).Append('|').Append(lines[line].Length == 0 ? string.Empty : " " + lines[line]).Append('\n');
            }
        }

        text.Append("=== diagnostics\n");
        foreach (var diagnostic in result.FormattedDiagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        Snapshot.Verify(text.ToString(), "txt", parameters: name);
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in DiagnosticCases.Names)
        {
            data.Add(name);
        }

        return data;
    }
}
