using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Authoring.Tests.Infrastructure;

/// <summary>
/// Reads YAML as the YAML language server does before it validates against a JSON Schema: the YAML 1.2 core
/// schema, so a plain <c>2025-01-20</c> is a string, <c>593.7</c> a number, <c>true</c> a boolean and an empty
/// value null; anything quoted is a string.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonNode? Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)pair.Key).Value ?? string.Empty, Convert(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonNode.Parse(WithoutLeadingZeros(text.TrimStart('+'))),
            _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>YAML reads <c>007</c> as 7; JSON has no leading zeros.</summary>
    private static string WithoutLeadingZeros(string digits)
    {
        var sign = digits.StartsWith('-') ? "-" : string.Empty;
        var trimmed = digits[sign.Length..].TrimStart('0');
        return sign + (trimmed.Length == 0 ? "0" : trimmed);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
