using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.JsonSchemas;

/// <summary>
/// An editor using the schemas agrees with the generator: the committed content is valid, and the mistakes the
/// generator reports (unknown key, bad enum value, bad date, missing field, bad id) are schema errors too.
/// </summary>
public sealed class ContentValidationTests
{
    private const string ValidEvent = """
        date: 2025-01-27
        title: Nvidia falls
        summary: Shares fall.
        actors:
          - nvidia
        citations:
          - source: some-source
            quote: "17%"
        topics:
        status: disputed
        statusReason: sources differ
        """;

    [Fact]
    public void Every_committed_content_file_is_valid_against_its_collection_schema_references_included()
    {
        var failures = new List<string>();
        foreach (var collection in Repo.Collections)
        {
            var schema = Json.Schema.JsonSchema.FromText(CollectionJsonSchema.Write(collection, Repo.Ids));
            var folder = Path.Combine(Repo.Content, collection.Name);
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order().ToArray() : [])
            {
                failures.AddRange(SchemaValidator.Errors(schema, YamlAsJson.Read(File.ReadAllText(file)))
                    .Select(error => $"{Path.GetRelativePath(Repo.Root, file)} {error}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_valid_entry_with_an_empty_optional_field_passes()
    {
        Assert.Empty(SchemaValidator.Errors(Repo.Find("events")!, ValidEvent));
        Assert.Empty(SchemaValidator.Errors(Repo.Find("events")!, ValidEvent.Replace("status: disputed", "status: superseded\nsupersededBy: another-event", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("title: Nvidia falls", "titel: Nvidia falls")]
    [InlineData("status: disputed", "status: contested")]
    [InlineData("date: 2025-01-27", "date: 27 January 2025")]
    [InlineData("date: 2025-01-27", "date:")]
    [InlineData("title: Nvidia falls\n", "")]
    [InlineData("  - nvidia", "  - Nvidia Corp")]
    [InlineData("    quote: \"17%\"", "    quote: [17]")]
    [InlineData("  - source: some-source", "  - source:")]
    [InlineData("statusReason: sources differ", "")]
    [InlineData("statusReason: sources differ", "statusReason: \"  \"")]
    [InlineData("status: disputed", "status: disputed\nsupersededBy: another-event")]
    [InlineData("citations:\n  - source: some-source\n    quote: \"17%\"", "citations: []")]
    public void A_mistake_the_generator_reports_is_a_schema_error_content_rules_included(string valid, string broken)
    {
        var yaml = ValidEvent.Replace(valid, broken, System.StringComparison.Ordinal);
        Assert.NotEqual(ValidEvent, yaml);

        Assert.NotEmpty(SchemaValidator.Errors(Repo.Find("events")!, yaml));
    }
}
