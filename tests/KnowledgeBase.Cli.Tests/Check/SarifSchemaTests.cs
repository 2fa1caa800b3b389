using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>
/// <c>kb check --format sarif</c> against the published SARIF 2.1.0 schema (Check/Sarif, see ORIGIN.md there), with
/// formats validated too, and what code-scanning tools read from it: rules, levels, locations relative to the root.
/// </summary>
public sealed class SarifSchemaTests : IDisposable
{
    /// <summary>Keywords that mean the same in draft-04, which the SARIF schema is written in, and draft-07.</summary>
    private static readonly HashSet<string> SameInDraft04And07 = new(StringComparer.Ordinal)
    {
        "$schema", "id", "title", "description", "default", "type", "enum", "format", "pattern", "minimum", "maximum",
        "items", "minItems", "uniqueItems", "properties", "additionalProperties", "required", "definitions", "$ref", "anyOf", "oneOf",
    };

    private static readonly string SchemaPath = Path.Combine(SourceFolder(), "Sarif", "sarif-schema-2.1.0.json");

    /// <summary>The schema read as draft-07: its draft-04 <c>id</c> becomes <c>$id</c> in its place (before the definitions).</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var draft04 = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var draft07 = new JsonObject();
        foreach (var (keyword, value) in draft04.ToList())
        {
            draft04.Remove(keyword);
            draft07[keyword switch { "id" => "$id", _ => keyword }] = keyword == "$schema" ? "http://json-schema.org/draft-07/schema#" : value;
        }

        return JsonSchema.FromText(draft07.ToJsonString());
    });

    private readonly WorkspaceCopy workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_committed_schema_is_the_oasis_one_and_uses_only_keywords_draft_07_reads_the_same_way()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var keywords = new HashSet<string>(StringComparer.Ordinal);
        CollectKeywords(schema, keywords);

        Assert.Equal("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", (string?)schema["id"]);
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
        Assert.Empty(keywords.Except(SameInDraft04And07));
    }

    [Fact]
    public void The_report_of_bad_content_is_valid_sarif_with_each_result_at_its_file_and_region()
    {
        workspace.WithBadFiles();

        var result = Kb.Run("check", workspace.Content, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Errors(result.Out));
        var run = JsonNode.Parse(result.Out)!["runs"]![0]!;
        var results = run["results"]!.AsArray();
        Assert.Equal(["KB0028", "KB0008", "KB0004"], results.Select(item => (string)item!["ruleId"]!));
        Assert.All(results, item => Assert.Equal("error", (string?)item!["level"]));
        var dangling = results[1]!;
        Assert.StartsWith("The field 'actors' refers to 'no-such-actor'", (string?)dangling["message"]!["text"], StringComparison.Ordinal);
        var location = dangling["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("content/events/check-test-bad-event.yaml", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("SRCROOT", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(new Uri(workspace.Root + "/").AbsoluteUri, (string?)run["originalUriBaseIds"]!["SRCROOT"]!["uri"]);
        Assert.Equal((5, 5, 5, 18), ((int)location["region"]!["startLine"]!, (int)location["region"]!["startColumn"]!, (int)location["region"]!["endLine"]!, (int)location["region"]!["endColumn"]!));
        Assert.Equal("KB0008", (string?)run["tool"]!["driver"]!["rules"]![(int)dangling["ruleIndex"]!]!["id"]);
    }

    [Fact]
    public void The_report_of_the_real_content_is_valid_sarif_listing_every_rule_and_no_result()
    {
        var result = Kb.Run("check", WorkspaceCopy.RealContent, "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Errors(result.Out));
        var driver = JsonNode.Parse(result.Out)!["runs"]![0]!["tool"]!["driver"]!;
        Assert.Equal("kb check", (string?)driver["name"]);
        Assert.False(string.IsNullOrEmpty((string?)driver["version"]));
        var rules = driver["rules"]!.AsArray();
        Assert.Equal(Generator.ContentCheck.Rules.Select(rule => rule.Id), rules.Select(rule => (string)rule!["id"]!));
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrEmpty((string?)rule!["shortDescription"]!["text"]));
            Assert.False(string.IsNullOrEmpty((string?)rule["help"]!["text"]));
            Assert.True((string?)rule["defaultConfiguration"]!["level"] is "error" or "warning");
        });
        Assert.Empty(JsonNode.Parse(result.Out)!["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void A_file_name_that_needs_escaping_becomes_a_valid_relative_uri_and_braces_in_messages_are_doubled()
    {
        workspace.Write("events/Bad Name%#.yaml", "'a{b}': 1\n");

        var result = Kb.Run("check", workspace.Content, "--format", "sarif");

        Assert.Empty(Errors(result.Out));
        var results = JsonNode.Parse(result.Out)!["runs"]![0]!["results"]!.AsArray();
        var uris = results.Select(item => (string)item!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).Distinct();
        Assert.Equal(["content/events/Bad%20Name%25%23.yaml"], uris);
        Assert.Contains(results, item => ((string)item!["message"]!["text"]!).Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_rejects_a_report_that_breaks_the_schema()
    {
        var broken = JsonNode.Parse(Kb.Run("check", WorkspaceCopy.RealContent, "--format", "sarif").Out)!.AsObject();
        broken["version"] = "2.0.0";
        broken["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");

        Assert.NotEmpty(Errors(broken.ToJsonString()));
    }

    [Fact]
    public void Out_writes_the_sarif_file_and_standard_output_stays_empty()
    {
        var file = Path.Combine(workspace.Root, "out", "kb.sarif");

        var result = Kb.Run("check", workspace.Content, "--format", "sarif", "--out", file);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Out));
        Assert.Empty(Errors(File.ReadAllText(file)));
    }

    private static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var evaluation = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return evaluation.IsValid
            ? []
            : [.. (evaluation.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }

    /// <summary>The names of keywords in schema positions (not the names of properties or definitions).</summary>
    private static void CollectKeywords(JsonNode? node, HashSet<string> keywords)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (name, value) in schema)
                {
                    keywords.Add(name);
                    if (name is "properties" or "definitions")
                    {
                        foreach (var (_, subschema) in value!.AsObject())
                        {
                            CollectKeywords(subschema, keywords);
                        }
                    }
                    else if (name is "items" or "additionalProperties" or "anyOf" or "oneOf")
                    {
                        CollectKeywords(value, keywords);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectKeywords(item, keywords);
                }

                break;
        }
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
