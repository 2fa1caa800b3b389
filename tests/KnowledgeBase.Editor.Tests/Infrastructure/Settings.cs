using System;
using System.IO;
using System.Text.Json.Nodes;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>The <c>yaml</c> settings section a VS Code user of this repository has: the committed <c>.vscode/settings.json</c>.</summary>
internal static class Settings
{
    public static JsonObject Yaml()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode", "settings.json")))!.AsObject();
        var yaml = new JsonObject
        {
            // No network here, and nothing but our own schemas should apply.
            ["schemaStore"] = new JsonObject { ["enable"] = false },
            ["kubernetesCRDStore"] = new JsonObject { ["enable"] = false },
        };

        // VS Code hands the server "yaml.format.enable" as yaml → format → enable.
        foreach (var (key, value) in file)
        {
            if (!key.StartsWith("yaml.", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = key["yaml.".Length..].Split('.');
            var target = yaml;
            foreach (var part in parts[..^1])
            {
                target = target[part] as JsonObject ?? (JsonObject)(target[part] = new JsonObject());
            }

            target[parts[^1]] = value?.DeepClone();
        }

        return yaml;
    }
}
