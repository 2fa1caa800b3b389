using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Authoring.Tests.Infrastructure;

/// <summary>Validates YAML text against a collection's generated schema, as an editor would.</summary>
internal static class SchemaValidator
{
    /// <summary>Each error as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(CollectionMetadata collection, string yaml)
    {
        var schema = JsonSchema.FromText(CollectionJsonSchema.Write(collection));
        return Errors(schema, YamlAsJson.Read(yaml));
    }

    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
            .Distinct()
            .ToList();
    }
}
