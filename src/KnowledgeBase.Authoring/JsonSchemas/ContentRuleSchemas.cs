using System.Linq;
using System.Text.Json.Nodes;
using KnowledgeBase.Metadata;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Authoring.JsonSchemas;

/// <summary>
/// The rules a field declares on itself (<see cref="FieldMetadata.Constraints"/>: minimum items, maximum length, not
/// empty, required or allowed only when another field has a value), as far as JSON Schema can say them, so an editor
/// flags them while typing. Rules that need other entries (references, dates of cited sources, cycles) stay with
/// the generator.
/// </summary>
internal static class ContentRuleSchemas
{
    /// <summary>Adds a field's own rules to its schema (for a list of text, to each item).</summary>
    public static void Apply(JsonObject schema, FieldMetadata field)
    {
        var rules = field.Constraints;
        if (rules.MinItems is { } minItems && field.Value.Kind == ValueKind.List)
        {
            schema["minItems"] = minItems;
        }

        var text = field.Value.Kind == ValueKind.Text ? schema
            : field.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Text } ? schema["items"] as JsonObject
            : null;
        if (text is null)
        {
            return;
        }

        if (rules.MaxLength is { } maxLength)
        {
            text["maxLength"] = maxLength;
        }

        if (rules.NotEmpty)
        {
            // At least one character that is not white space, by the generator's list of white space.
            text["pattern"] = BlankText.NotBlankPattern;
        }
    }

    /// <summary>The record's conditional rules as <c>if</c>/<c>then</c> schemas, or null when it has none.</summary>
    public static JsonArray? Conditions(RecordMetadata record)
    {
        var conditions = new JsonArray();
        foreach (var field in record.Fields)
        {
            if (field.Constraints.RequiredWhen is { } required && Decides(record, required) is { } whenRequired)
            {
                conditions.Add(new JsonObject
                {
                    ["if"] = whenRequired,
                    ["then"] = new JsonObject
                    {
                        ["required"] = new JsonArray(field.Key),
                        ["properties"] = new JsonObject { [field.Key] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } } },
                    },
                });
            }

            if (field.Constraints.AllowedWhen is { } allowed && Decides(record, allowed) is { } whenAllowed)
            {
                conditions.Add(new JsonObject
                {
                    ["if"] = new JsonObject { ["not"] = whenAllowed },
                    ["then"] = new JsonObject
                    {
                        ["properties"] = new JsonObject { [field.Key] = new JsonObject { ["type"] = "null" } },
                    },
                });
            }
        }

        return conditions.Count == 0 ? null : conditions;
    }

    /// <summary>
    /// "The deciding field is present and has one of the values". An enum value counts in every spelling the
    /// generator accepts (<c>Superseded</c> as well as <c>superseded</c>), or the condition would miss entries the
    /// build holds to the rule.
    /// </summary>
    private static JsonObject? Decides(RecordMetadata record, FieldCondition condition)
    {
        if (record.Find(condition.Key) is not { } decider)
        {
            return null;
        }

        var value = decider.Value.Enum is { } enumeration
            ? new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = EnumSpelling.Pattern(enumeration.Members.Select(member => member.Name).Where(member => condition.Values.Any(wanted => EnumSpelling.Names(wanted, member)))),
            }
            : new JsonObject { ["enum"] = new JsonArray(condition.Values.Select(text => (JsonNode)text).ToArray()) };
        return new JsonObject
        {
            ["properties"] = new JsonObject { [decider.Key] = value },
            ["required"] = new JsonArray(decider.Key),
        };
    }
}
