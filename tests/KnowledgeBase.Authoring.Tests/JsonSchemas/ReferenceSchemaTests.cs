using System;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Metadata;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.JsonSchemas;

/// <summary>References name the ids of their target collection, shared per collection, up to the listing limit.</summary>
public sealed class ReferenceSchemaTests
{
    private static readonly CollectionMetadata Actors = Repo.Find("actors")!;
    private static readonly CollectionMetadata Events = Repo.Find("events")!;

    private static readonly EntryIds Few = EntryIds.Of(
    [
        new EntryId("actors", "openai", "OpenAI"),
        new EntryId("actors", "deepseek", "DeepSeek"),
        new EntryId("sources", "a-report", "A report"),
    ]);

    [Fact]
    public void Every_field_pointing_into_a_collection_refers_to_one_definition_listing_its_ids_with_titles()
    {
        var schema = CollectionJsonSchema.Build(Actors, Few);

        var affiliation = schema["properties"]!["affiliation"]!["anyOf"]![0]!;
        var supersededBy = schema["properties"]!["supersededBy"]!["anyOf"]![0]!;
        Assert.Equal("#/definitions/actors-id", (string)affiliation["$ref"]!);
        Assert.Equal("#/definitions/actors-id", (string)supersededBy["$ref"]!);
        var ids = schema["definitions"]!["actors-id"]!;
        Assert.Equal(["deepseek", "openai"], ids["enum"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(["DeepSeek", "OpenAI"], ids["enumDescriptions"]!.AsArray().Select(title => (string)title!));
        Assert.Contains("content/actors", (string)ids["errorMessage"]!, StringComparison.Ordinal);
        Assert.Equal("#/definitions/sources-id", (string)schema["definitions"]!["Citation"]!["properties"]!["source"]!["$ref"]!);
        Assert.Equal(["a-report"], schema["definitions"]!["sources-id"]!["enum"]!.AsArray().Select(id => (string)id!));
    }

    [Fact]
    public void A_known_id_passes_and_an_unknown_one_is_an_error_in_lists_nested_records_and_optional_fields()
    {
        var schema = JsonSchema.FromText(CollectionJsonSchema.Write(Actors, Few));
        const string Valid = "name: R1\nkind: ai-model\naffiliation: deepseek\ncitations:\n  - source: a-report\n";

        Assert.Empty(SchemaValidator.Errors(schema, YamlAsJson.Read(Valid)));
        Assert.Empty(SchemaValidator.Errors(schema, YamlAsJson.Read(Valid.Replace("affiliation: deepseek", "affiliation:", StringComparison.Ordinal))));
        Assert.NotEmpty(SchemaValidator.Errors(schema, YamlAsJson.Read(Valid.Replace("deepseek", "deepseek-ai", StringComparison.Ordinal))));
        Assert.NotEmpty(SchemaValidator.Errors(schema, YamlAsJson.Read(Valid.Replace("a-report", "another-report", StringComparison.Ordinal))));

        var events = JsonSchema.FromText(CollectionJsonSchema.Write(Events, Few));
        const string Event = "date: 2025-01-27\ntitle: T\nsummary: S\nactors:\n  - openai\ncitations:\n  - source: a-report\n";
        Assert.Empty(SchemaValidator.Errors(events, YamlAsJson.Read(Event)));
        Assert.NotEmpty(SchemaValidator.Errors(events, YamlAsJson.Read(Event.Replace("- openai", "- open-ai", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_collection_known_to_be_empty_lists_no_id_and_unknown_ids_fall_back_to_the_pattern()
    {
        var empty = CollectionJsonSchema.Build(Events, Few)["definitions"]!["topics-id"]!;
        var unknown = CollectionJsonSchema.Build(Events)["definitions"]!["topics-id"]!;

        Assert.Empty(empty["enum"]!.AsArray());
        Assert.Null(unknown["enum"]);
        Assert.Equal(Naming.IdPattern, (string)unknown["pattern"]!);
        Assert.Equal(Naming.MaxIdLength, (int)unknown["maxLength"]!);
    }

    [Theory]
    [InlineData(EntryIds.ListLimit, true)]
    [InlineData(EntryIds.ListLimit + 1, false)]
    public void A_synthetic_collection_is_listed_up_to_the_limit_and_past_it_only_by_pattern(int count, bool listed)
    {
        var ids = EntryIds.Of(Enumerable.Range(0, count).Select(i => new EntryId("actors", $"synthetic-actor-{i:D5}", $"Synthetic actor {i}")));

        var schema = CollectionJsonSchema.Build(Actors, ids);
        var definition = schema["definitions"]!["actors-id"]!;

        if (listed)
        {
            Assert.Equal(count, definition["enum"]!.AsArray().Count);
            Assert.Equal(count, definition["enumDescriptions"]!.AsArray().Count);
            Assert.Null(definition["pattern"]);
        }
        else
        {
            Assert.Null(definition["enum"]);
            Assert.Equal(Naming.IdPattern, (string)definition["pattern"]!);
            Assert.Contains("more than 2,000 entries", (string)definition["description"]!, StringComparison.Ordinal);
        }

        // Only the over-full collection falls back; the others keep their lists.
        Assert.Empty(schema["definitions"]!["sources-id"]!["enum"]!.AsArray());
        var valid = JsonSchema.FromText(schema.ToJsonString());
        Assert.Empty(SchemaValidator.Errors(valid, JsonNode.Parse("""{"name": "X", "kind": "company", "affiliation": "synthetic-actor-00007"}""")));
        Assert.Equal(listed, SchemaValidator.Errors(valid, JsonNode.Parse("""{"name": "X", "kind": "company", "affiliation": "not-an-actor"}""")).Count > 0);
    }
}
