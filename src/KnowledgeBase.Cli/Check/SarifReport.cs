using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using KnowledgeBase.Cli.Output;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Cli.Check;

/// <summary>
/// SARIF 2.1.0 (OASIS), for code-scanning tools: one run whose driver lists every KB rule (id, title, message
/// format, default level) and whose results point into files relative to the repository root (<c>SRCROOT</c>).
/// A test validates the output against the published JSON schema.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string RootId = "SRCROOT";

    public static string Render(CheckResult result)
    {
        var rules = ContentCheck.Rules;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        return Json.ToText(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootId);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(result.Scope.RepositoryRoot) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(json, finding, ruleIndex, result.Scope.RepositoryRoot);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kb check");
        json.WriteString("fullName", "kb check: the KnowledgeBase generator's diagnostics without a build");
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version.Split('+')[0]);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var title = rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var description = rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", title);
            json.WriteEndObject();
            json.WriteStartObject("messageStrings");
            json.WriteStartObject("default");
            json.WriteString("text", rule.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", description.Length > 0 ? description : $"{title} ({rule.Category}). See the README's Diagnostics table.");
            json.WriteEndObject();
            if (!string.IsNullOrEmpty(rule.HelpLinkUri))
            {
                json.WriteString("helpUri", rule.HelpLinkUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CheckFinding finding, Dictionary<string, int> ruleIndex, string repositoryRoot)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex.TryGetValue(finding.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        // SARIF reads {n} in a message as a placeholder: literal braces are doubled (SARIF 2.1.0, 3.11.5).
        json.WriteString("text", finding.Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        json.WriteEndObject();
        if (finding.Path is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            var relative = Path.GetRelativePath(repositoryRoot, path);
            if (Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
            {
                json.WriteString("uri", new Uri(path).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", RootId);
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
