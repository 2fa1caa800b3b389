using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KnowledgeBase.Cli.Tests.EndToEnd;

/// <summary>
/// One source of truth, tried as a schema author would: a copy of the repository gets one new optional field on
/// <c>Event</c> and a value for it in one YAML file, and nothing else. Every reader must show it: <c>kb show</c>,
/// <c>kb search</c>, the JSON and SQLite exports, the prose document and the JSON Schema. Builds a copy, so it takes a minute.
/// </summary>
public sealed class NewFieldTests : IDisposable
{
    private const string Value = "Zebrafish Hall, a test value";
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "kb-new-field-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_field_declared_once_on_the_record_reaches_every_reader()
    {
        CopyRepository();
        var schema = Path.Combine(_copy, "src", "KnowledgeBase", "Schema", "Event.cs");
        var text = File.ReadAllText(schema);
        Assert.Contains("string? StatusReason = null);", text, StringComparison.Ordinal);
        File.WriteAllText(schema, text
            .Replace("/// <param name=\"StatusReason\">", "/// <param name=\"Venue\">Where it took place.</param>\n/// <param name=\"StatusReason\">", StringComparison.Ordinal)
            .Replace("string? StatusReason = null);", "string? StatusReason = null,\n    [Searchable(SearchWeight.Text)] string? Venue = null);", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(_copy, "content", "events", "deepseek-r1-release.yaml"), "venue: " + Value + "\n");

        var build = Run("dotnet", "build", "src/KnowledgeBase.Cli", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.Output);

        Assert.Contains("venue", Kb("show", "events/deepseek-r1-release"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Value, Kb("show", "events/deepseek-r1-release"), StringComparison.Ordinal);
        Assert.Contains("deepseek-r1-release", Kb("search", "Zebrafish"), StringComparison.Ordinal);
        Assert.Contains("\"venue\": \"" + Value + "\"", Kb("export", "--format", "json"), StringComparison.Ordinal);
        Assert.Contains("- Venue: " + Value, Kb("export", "--format", "markdown"), StringComparison.Ordinal);

        var database = Path.Combine(_copy, "kb.db");
        Kb("export", "--format", "sqlite", "--out", database);
        Assert.Equal(Value, Export.ExportedDatabase.Query(database, "SELECT venue FROM events WHERE id = 'deepseek-r1-release'").Single()[0]);
        Assert.Equal("deepseek-r1-release", Export.ExportedDatabase.Query(database, "SELECT id FROM search WHERE search MATCH 'zebrafish'").Single()[0]);

        var schemas = Path.Combine(_copy, "schemas-out");
        Kb("schema", "--out", schemas);
        var eventSchema = File.ReadAllText(Path.Combine(schemas, "events.schema.json"));
        Assert.Contains("\"venue\"", eventSchema, StringComparison.Ordinal);
        Assert.Contains("Where it took place.", eventSchema, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    private string Kb(params string[] arguments)
    {
        var dll = Path.Combine(_copy, "src", "KnowledgeBase.Cli", "bin", "Debug", "net10.0", "kb.dll");
        var result = Run("dotnet", [dll, .. arguments]);
        Assert.True(result.ExitCode == 0, $"kb {string.Join(' ', arguments)} failed:\n{result.Output}");
        return result.Output;
    }

    // Top-level files (props, global.json, .editorconfig) and the two folders a build reads; no bin or obj.
    private void CopyRepository()
    {
        var root = RepositoryRoot();
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(root))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }

        foreach (var folder in new[] { "src", "content" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(_copy, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeBase.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No KnowledgeBase.sln above " + AppContext.BaseDirectory);
    }

    private (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = _copy,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
