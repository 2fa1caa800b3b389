using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary><c>kb schema</c> and <c>kb new</c> end to end, in a temporary folder (their logic is tested in KnowledgeBase.Authoring.Tests).</summary>
public sealed class SchemaAndNewCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("kb-cli-authoring-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Schema_writes_one_file_per_collection_and_check_fails_once_one_is_stale()
    {
        var schemas = Path.Combine(root, "schemas");

        var written = Kb.Run("schema", "--out", schemas);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(6, written.Lines.Length);
        Assert.True(File.Exists(Path.Combine(schemas, "events.schema.json")));
        Assert.Equal(0, Kb.Run("schema", "--out", schemas, "--check").ExitCode);

        File.WriteAllText(Path.Combine(schemas, "events.schema.json"), "{}\n");
        var stale = Kb.Run("schema", "--out", schemas, "--check");

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("events.schema.json: out of date", stale.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/KnowledgeBase.Cli -- schema", stale.Error, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(schemas, "events.schema.json")));
    }

    [Fact]
    public void Schema_lists_the_catalogs_ids_and_titles_where_a_field_refers_to_their_collection()
    {
        var schemas = Path.Combine(root, "fixture-schemas");

        Assert.Equal(0, Kb.Run(Fixture.Catalog, "schema", "--out", schemas).ExitCode);

        var actorIds = JsonNode.Parse(File.ReadAllText(Path.Combine(schemas, "events.schema.json")))!["definitions"]!["actors-id"]!;
        Assert.Equal(["acme", "jane-doe"], actorIds["enum"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(["Acme Corp", "Jane Doe"], actorIds["enumDescriptions"]!.AsArray().Select(title => (string)title!));
    }

    [Fact]
    public void New_writes_the_entry_file_once_and_refuses_to_overwrite_it()
    {
        var created = Kb.Run("new", "events", "nvidia-falls", "--content", root);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(Path.Combine(root, "events", "nvidia-falls.yaml"), created.Out.TrimEnd('\n'));
        var text = File.ReadAllText(Path.Combine(root, "events", "nvidia-falls.yaml"));
        Assert.Contains("\ntitle:  # required.", text, StringComparison.Ordinal);

        var again = Kb.Run("new", "events", "nvidia-falls", "--content", root);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(Path.Combine(root, "events", "nvidia-falls.yaml")));
    }

    [Theory]
    [InlineData("events", "Nvidia Falls", "not a valid id")]
    [InlineData("happenings", "nvidia-falls", "actors, claims, events, figures, sources, topics")]
    public void New_refuses_a_bad_id_or_collection_with_a_usage_error(string collection, string id, string message)
    {
        var result = Kb.Run("new", collection, id, "--content", root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }
}
