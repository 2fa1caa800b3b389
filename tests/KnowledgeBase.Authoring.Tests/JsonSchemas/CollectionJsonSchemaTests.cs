using System.Linq;
using System.Text.Json.Nodes;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Metadata;
using KnowledgeBase.Authoring.TestSchema;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.JsonSchemas;

/// <summary>What the schema says about each kind of field, read from the real collections and a test-only one.</summary>
public sealed class CollectionJsonSchemaTests
{
    private static readonly CollectionMetadata Events = Repo.Find("events")!;
    private static readonly CollectionMetadata Gadgets = Authoring.Collections.Find(ContentMetadata.Of(typeof(Gadget).Assembly), "Gadget")!;

    [Fact]
    public void Finds_every_collection_of_the_schema_assembly_sorted_by_folder()
    {
        Assert.Equal(["actors", "claims", "events", "figures", "sources", "topics"], Repo.Collections.Select(collection => collection.Name));
        Assert.Same(Events, Repo.Find("Event"));
        Assert.Null(Repo.Find("nothing"));
    }

    [Fact]
    public void Required_fields_are_the_non_nullable_parameters_without_defaults()
    {
        var schema = CollectionJsonSchema.Build(Events);

        Assert.Equal(["date", "title", "summary", "actors", "citations"], schema["required"]!.AsArray().Select(key => (string)key!));
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(CollectionJsonSchema.Dialect, (string)schema["$schema"]!);
    }

    [Fact]
    public void Fields_carry_types_patterns_enum_values_defaults_and_descriptions()
    {
        var properties = CollectionJsonSchema.Build(Events)["properties"]!;

        Assert.Equal(CollectionJsonSchema.DatePattern, (string)properties["date"]!["pattern"]!);
        Assert.Equal("date", (string)properties["date"]!["format"]!);
        Assert.Equal("#/definitions/actors-id", (string)properties["actors"]!["items"]!["$ref"]!);
        Assert.Equal("#/definitions/Citation", (string)properties["citations"]!["items"]!["$ref"]!);
        Assert.Equal(["current", "disputed", "superseded", "retracted", null], properties["status"]!["anyOf"]![0]!["enum"]!.AsArray().Select(value => (string?)value));
        Assert.Equal("current", (string)properties["status"]!["default"]!);
        Assert.Equal("The entry is believed correct (the default).", (string)properties["status"]!["anyOf"]![0]!["enumDescriptions"]![0]!);
        Assert.StartsWith("The day it happened.", (string)properties["date"]!["description"]!, System.StringComparison.Ordinal);
        Assert.Contains("content/actors", (string)properties["actors"]!["description"]!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_references_accept_null_and_nested_records_become_definitions()
    {
        var schema = CollectionJsonSchema.Build(Repo.Find("figures")!);

        var supersededBy = schema["properties"]!["supersededBy"]!["anyOf"]!.AsArray();
        Assert.Equal("#/definitions/figures-id", (string)supersededBy[0]!["$ref"]!);
        Assert.Equal("null", (string)supersededBy[1]!["type"]!);
        Assert.Equal(["Citation", "ReportedValue", "actors-id", "figures-id", "sources-id", "topics-id"], schema["definitions"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(["citations"], schema["definitions"]!["ReportedValue"]!["required"]!.AsArray().Select(key => (string)key!));
    }

    [Fact]
    public void Numbers_booleans_urls_and_recursive_records_map_to_json_types()
    {
        var schema = CollectionJsonSchema.Build(Gadgets);
        var properties = schema["properties"]!;

        Assert.Equal("integer", (string)properties["count"]!["type"]!);
        Assert.Equal(int.MaxValue, (int)properties["count"]!["maximum"]!);
        Assert.Equal(long.MinValue, (long)properties["serial"]!["minimum"]!);
        Assert.Equal("boolean", (string)properties["active"]!["type"]!);
        Assert.Equal("number", (string)properties["ratio"]!["type"]!);
        Assert.Equal("uri", (string)properties["homepage"]!["format"]!);
        Assert.Equal(3, (int)properties["rank"]!["default"]!);
        Assert.Equal("deep-blue", (string)properties["color"]!["default"]!);
        Assert.Equal("#/definitions/GadgetPart", (string)properties["part"]!["$ref"]!);
        var inner = schema["definitions"]!["GadgetPart"]!["properties"]!["inner"]!["anyOf"]!.AsArray();
        Assert.Equal("#/definitions/GadgetPart", (string)inner[0]!["$ref"]!);
        Assert.Equal("null", (string)inner[1]!["type"]!);
    }

    [Fact]
    public void Writing_is_deterministic_with_lf_line_ends()
    {
        var first = CollectionJsonSchema.Write(Events);

        Assert.Equal(first, CollectionJsonSchema.Write(Events));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first, System.StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(first));
    }
}
