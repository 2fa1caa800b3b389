using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.JsonSchemas;

/// <summary>The committed schemas under content/.schemas and the editor settings that use them stay in step with the C# schema.</summary>
public sealed class SchemaFilesTests
{
    // The schemas list the compiled entries' ids, so adding, renaming or retitling an entry makes them stale too.
    [Fact]
    public void Committed_schemas_match_the_compiled_schema_and_entries()
    {
        var problems = JsonSchemaFiles.Check(Path.Combine(Repo.Content, JsonSchemaFiles.FolderName), JsonSchemaFiles.Render(Repo.Schema, Repo.Ids));

        Assert.True(
            problems.Count == 0,
            $"content/{JsonSchemaFiles.FolderName} is stale (a record or an entry changed):\n  {string.Join("\n  ", problems)}\nRun `{JsonSchemaFiles.UpdateCommand}` and commit the result.");
    }

    [Fact]
    public void Write_then_check_finds_nothing_and_check_reports_each_kind_of_drift()
    {
        var directory = Directory.CreateTempSubdirectory("kb-schemas-").FullName;
        try
        {
            var files = JsonSchemaFiles.Render(Repo.Schema, Repo.Ids);
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), JsonSchemaFiles.Write(directory, files));
            Assert.Empty(JsonSchemaFiles.Check(directory, files));
            Assert.Empty(JsonSchemaFiles.Write(directory, files));

            File.AppendAllText(Path.Combine(directory, "events.schema.json"), " ");
            File.Delete(Path.Combine(directory, "actors.schema.json"));
            File.WriteAllText(Path.Combine(directory, "gone.schema.json"), "{}");

            Assert.Equal(
                ["events.schema.json: out of date with the C# schema", "actors.schema.json: missing", "gone.schema.json: no collection has this folder any more"],
                JsonSchemaFiles.Check(directory, files).OrderBy(line => line.StartsWith("events", StringComparison.Ordinal) ? 0 : 1).ToList());
            Assert.Equal(["actors.schema.json", "events.schema.json", "gone.schema.json"], JsonSchemaFiles.Write(directory, files));
            Assert.False(File.Exists(Path.Combine(directory, "gone.schema.json")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_collection_folder_is_mapped_to_its_schema_in_the_vscode_settings()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode", "settings.json")))!;
        var mappings = settings["yaml.schemas"]!.AsObject();

        foreach (var collection in Repo.Collections)
        {
            var schemaPath = $"./content/{JsonSchemaFiles.FolderName}/{CollectionJsonSchema.FileName(collection)}";
            Assert.True(mappings.ContainsKey(schemaPath), $".vscode/settings.json has no yaml.schemas entry \"{schemaPath}\"");
            var globs = mappings[schemaPath] is JsonArray array ? array.Select(glob => (string)glob!).ToList() : [(string)mappings[schemaPath]!];
            Assert.Contains($"content/{collection.Name}/*.yaml", globs);
        }

        Assert.Equal(Repo.Collections.Length, mappings.Count);
    }
}
