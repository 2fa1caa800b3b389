using System;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using KnowledgeBase.Authoring.Shapes;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Authoring.JsonSchemas;

/// <summary>
/// The content rules declared on a record's parameters (<see cref="MinItemsAttribute"/>, <see cref="MaxLengthAttribute"/>,
/// <see cref="NotEmptyAttribute"/>, <see cref="RequiredWhenAttribute"/>, <see cref="AllowedWhenAttribute"/>), as far as
/// JSON Schema can say them, so an editor flags them while typing. Rules that need other entries (references,
/// dates of cited sources, cycles) stay with the generator.
/// </summary>
internal static class ContentRuleSchemas
{
    /// <summary>Adds a field's own rules to its schema (for a list of text, to each item).</summary>
    public static void Apply(JsonObject schema, FieldShape field)
    {
        var parameter = field.Parameter;
        if (parameter.GetCustomAttribute<MinItemsAttribute>() is { } minItems && field.Value.Kind == ValueKind.List)
        {
            schema["minItems"] = minItems.Count;
        }

        var text = field.Value.Kind == ValueKind.Text ? schema
            : field.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Text } ? schema["items"] as JsonObject
            : null;
        if (text is null)
        {
            return;
        }

        if (parameter.GetCustomAttribute<MaxLengthAttribute>() is { } maxLength)
        {
            text["maxLength"] = maxLength.Length;
        }

        if (parameter.GetCustomAttribute<NotEmptyAttribute>() is not null)
        {
            // At least one character that is not white space, by the generator's list of white space.
            text["pattern"] = BlankText.NotBlankPattern;
        }
    }

    /// <summary>The record's conditional rules as <c>if</c>/<c>then</c> schemas, or null when it has none.</summary>
    public static JsonArray? Conditions(RecordShape record)
    {
        var conditions = new JsonArray();
        foreach (var field in record.Fields)
        {
            if (field.Parameter.GetCustomAttribute<RequiredWhenAttribute>() is { } required && Decides(record, required.Field, required.Values) is { } whenRequired)
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

            if (field.Parameter.GetCustomAttribute<AllowedWhenAttribute>() is { } allowed && Decides(record, allowed.Field, allowed.Values) is { } whenAllowed)
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
    private static JsonObject? Decides(RecordShape record, string parameterName, string[] values)
    {
        var decider = record.Fields.FirstOrDefault(field => field.Parameter.Name == parameterName);
        if (decider is null)
        {
            return null;
        }

        var value = decider.Value.Kind == ValueKind.Enum
            ? new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = EnumSpelling.Pattern(decider.Value.EnumValues.Select(member => member.MemberName).Where(member => values.Any(wanted => EnumSpelling.Names(wanted, member)))),
            }
            : new JsonObject { ["enum"] = new JsonArray(values.Select(text => (JsonNode)text).ToArray()) };
        return new JsonObject
        {
            ["properties"] = new JsonObject { [decider.Key] = value },
            ["required"] = new JsonArray(decider.Key),
        };
    }
}
