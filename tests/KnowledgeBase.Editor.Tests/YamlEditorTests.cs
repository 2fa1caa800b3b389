using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using KnowledgeBase.Editor.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Editor.Tests;

/// <summary>
/// What a content editor sees in VS Code (or any editor on yaml-language-server) with the committed schemas and
/// settings: no false alarm on real content, each mistake flagged on the line the build reports it, reference ids
/// offered with their titles, and key descriptions on hover.
/// </summary>
public sealed class YamlEditorTests(YamlLanguageServer server) : IClassFixture<YamlLanguageServer>
{
    [EditorFact]
    public async Task Every_committed_content_file_gets_no_diagnostic()
    {
        var files = Directory.GetFiles(Repo.Content, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repo.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        // All open at once: the server validates each after a short delay of its own.
        var results = await Task.WhenAll(files.Select(async path => (Path: path, Diagnostics: await server.OpenAsync(path, OneErrorCopies.Read(path)))));
        await Task.WhenAll(files.Select(server.CloseAsync));

        Assert.NotEmpty(files);
        var flagged = results.Where(result => result.Diagnostics.Count > 0)
            .SelectMany(result => result.Diagnostics.Select(diagnostic => $"{result.Path}({Line(diagnostic) + 1}): {(string?)diagnostic!["message"]}"))
            .ToList();
        Assert.True(flagged.Count == 0, $"The editor flags committed content the build accepts:\n{string.Join("\n", flagged)}");
    }

    public static TheoryData<string> OneErrorCases => [.. OneErrorCopies.All.Keys];

    [EditorTheory]
    [MemberData(nameof(OneErrorCases))]
    public async Task A_one_error_copy_gets_a_diagnostic_on_the_line_the_build_reports(string mistake)
    {
        var (path, text) = OneErrorCopies.All[mistake];
        var build = BuildDiagnostics.For(path, text);
        Assert.True(build.Count == 1, $"The build should report exactly one diagnostic for the '{mistake}' copy of {path}, and reports:\n{string.Join("\n", build)}");
        var line = build[0].Location.GetLineSpan().StartLinePosition.Line;

        // A path of its own in the same folder, so the folder's schema applies and no other test's document interferes.
        var copy = $"{Path.GetDirectoryName(path)!.Replace('\\', '/')}/zz-editor-{mistake}.yaml";
        var editor = await server.OpenAsync(copy, text);
        await server.CloseAsync(copy);

        Assert.True(
            editor.Any(diagnostic => Line(diagnostic) == line),
            $"The build reports {build[0].Id} at line {line + 1} of the '{mistake}' copy ({build[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); the editor reports:\n"
            + (editor.Count == 0 ? "nothing" : string.Join("\n", editor.Select(diagnostic => $"line {Line(diagnostic) + 1}: {(string?)diagnostic!["message"]}"))));
    }

    [EditorTheory]
    [InlineData("content/events/deepseek-r1-release.yaml", "  - deepseek-r1\n", "  - ", "actors")]
    [InlineData("content/events/deepseek-r1-release.yaml", "  - source: acemoglu-sputnik-moment-for-ai\n", "  - source: ", "sources")]
    [InlineData("content/actors/deepseek-r1.yaml", "affiliation: deepseek\n", "affiliation: ", "actors")]
    public async Task Completion_at_a_reference_offers_every_id_of_the_target_collection_with_its_title(string path, string line, string typed, string target)
    {
        var (_, text) = OneErrorCopies.Edit(path, line, typed + "\n");
        var copy = $"{Path.GetDirectoryName(path)!.Replace('\\', '/')}/zz-editor-complete-{target}.yaml";
        var cursorLine = text[..text.IndexOf(typed + "\n", StringComparison.Ordinal)].Count(character => character == '\n');
        await server.OpenAsync(copy, text);

        var items = await server.CompleteAsync(copy, cursorLine, typed.Length);
        await server.CloseAsync(copy);

        var ids = Directory.GetFiles(Path.Combine(Repo.Content, target), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var offered = items.ToDictionary(item => (string)item!["label"]!, item => Documentation(item!), StringComparer.Ordinal);
        var missing = ids.Where(id => !offered.ContainsKey(id!)).ToList();
        Assert.True(missing.Count == 0, $"Completion does not offer these {target} ids: {string.Join(", ", missing)}; it offers: {string.Join(", ", offered.Keys)}");
        var titles = TitlesInSchema(path, target);
        Assert.All(ids, id => Assert.Equal(titles[id!], offered[id!]));
    }

    [EditorFact]
    public async Task Hover_on_a_key_shows_its_description_from_the_schema()
    {
        const string Path = "content/events/deepseek-r1-release.yaml";
        var text = OneErrorCopies.Read(Path);
        var copy = "content/events/zz-editor-hover.yaml";
        await server.OpenAsync(copy, text);
        var titleLine = text[..text.IndexOf("\ntitle:", StringComparison.Ordinal)].Count(character => character == '\n') + 1;

        var hover = await server.HoverAsync(copy, titleLine, 2);
        await server.CloseAsync(copy);

        var description = (string)Schema("events")["properties"]!["title"]!["description"]!;
        Assert.Contains(description, hover.Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static int Line(JsonNode? diagnostic) => (int)diagnostic!["range"]!["start"]!["line"]!;

    private static string Documentation(JsonNode item) => item["documentation"] switch
    {
        JsonValue value => (string?)value ?? string.Empty,
        JsonObject markup => (string?)markup["value"] ?? string.Empty,
        _ => string.Empty,
    };

    private static JsonNode Schema(string folder) =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Repo.Content, ".schemas", folder + ".schema.json")))!;

    /// <summary>The titles the committed schema of <paramref name="path"/>'s folder lists for the ids of <paramref name="target"/>.</summary>
    private static System.Collections.Generic.Dictionary<string, string> TitlesInSchema(string path, string target)
    {
        var definition = Schema(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path))!)["definitions"]![target + "-id"]!;
        return definition["enum"]!.AsArray().Zip(definition["enumDescriptions"]!.AsArray())
            .ToDictionary(pair => (string)pair.First!, pair => (string)pair.Second!, StringComparer.Ordinal);
    }
}
