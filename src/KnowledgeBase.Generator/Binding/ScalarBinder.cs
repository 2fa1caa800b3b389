using System;
using System.Globalization;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// Reads one YAML scalar as a field's type into a typed <see cref="BoundValue"/>. Culture-invariant
/// throughout, so a build on a tr-TR or de-DE machine reads the same values.
/// </summary>
internal static class ScalarBinder
{
    /// <summary>What each kind expects, in the words of a diagnostic.</summary>
    public static string Expectation(FieldType type) => type.Kind switch
    {
        FieldKind.String => "text",
        FieldKind.Bool => "true or false",
        FieldKind.Int => "a whole number",
        FieldKind.Long => "a whole number",
        FieldKind.Decimal => "a number",
        FieldKind.Double => "a number",
        FieldKind.Date => "a date written yyyy-MM-dd",
        FieldKind.Uri => "an absolute URL such as https://example.org/page",
        FieldKind.Enum or FieldKind.EntryStatus => "one of " + string.Join(", ", EnumValues(type)),
        FieldKind.Ref => "the id of an entry",
        FieldKind.Record => "a mapping of fields",
        FieldKind.List => "a list",
        _ => "a value",
    };

    public static string[] EnumValues(FieldType type)
    {
        var values = new string[type.EnumMembers.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = EnumSpelling.ToKebabCase(type.EnumMembers[i]);
        }

        return values;
    }

    /// <summary>
    /// Whether YAML's own type for the scalar (see <see cref="YamlScalars"/>) is the field's: editors check a value's
    /// JSON type before anything else, so binding does too. Numbers and booleans are plain; text (dates, URLs, enum
    /// values and ids included) is quoted or a plain scalar YAML does not read as a number, a boolean or null.
    /// </summary>
    public static bool HasYamlType(YamlNode node, FieldType type) => type.Kind switch
    {
        FieldKind.Bool => node.IsPlain && YamlScalars.Resolve(node.Value) == PlainScalarType.Boolean,
        FieldKind.Int or FieldKind.Long or FieldKind.Decimal or FieldKind.Double => node.IsPlain && YamlScalars.IsNumber(node.Value),
        FieldKind.String or FieldKind.Date or FieldKind.Uri or FieldKind.Enum or FieldKind.EntryStatus or FieldKind.Ref =>
            !node.IsPlain || YamlScalars.Resolve(node.Value) == PlainScalarType.String,
        _ => true,
    };

    /// <summary>
    /// Why a value that looks right still does not fit, or null. Without it, "expects a date written yyyy-MM-dd, but
    /// the value is '2025-13-40'" leaves the editor looking at a value that is written yyyy-MM-dd, and "expects a
    /// number, but the value is '12'" at a number in quotes.
    /// </summary>
    public static string? WhyNot(YamlNode node, FieldType type)
    {
        if (node.Kind != YamlNodeKind.Scalar)
        {
            return null;
        }

        if (!HasYamlType(node, type))
        {
            return WrongYamlType(node, type);
        }

        return type.Kind == FieldKind.Date && DatesAndUrls.LooksLikeDate(node.Value) ? "which is no day of the calendar" : null;
    }

    private static string? WrongYamlType(YamlNode node, FieldType type)
    {
        var plainType = YamlScalars.Resolve(node.Value);
        var asYaml = plainType switch
        {
            PlainScalarType.Boolean => "true or false",
            PlainScalarType.Integer or PlainScalarType.Float => "a number",
            _ => null,
        };
        if (node.IsPlain)
        {
            return asYaml is null ? null : $"which YAML reads as {asYaml}; put it in quotes to keep it as text";
        }

        var wanted = type.Kind == FieldKind.Bool ? plainType == PlainScalarType.Boolean : plainType is PlainScalarType.Integer or PlainScalarType.Float;
        return wanted ? "which is in quotes, so YAML reads it as text; write it without quotes" : null;
    }

    /// <summary>The typed value of <paramref name="node"/>, or null when it does not fit the type.</summary>
    public static BoundValue? Bind(YamlNode node, FieldType type)
    {
        var text = node.Value;
        var range = node.Range;
        if (!HasYamlType(node, type))
        {
            return null;
        }

        switch (type.Kind)
        {
            case FieldKind.String:
                return new TextValue(text, range);
            case FieldKind.Bool:
                return new BoolValue(text[0] is 't' or 'T', range);
            case FieldKind.Int:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? new IntegerValue(number, text, range)
                    : null;
            case FieldKind.Long:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wide)
                    ? new IntegerValue(wide, text, range)
                    : null;
            case FieldKind.Decimal:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var exact)
                    ? new DecimalValue(exact, text, range)
                    : null;
            case FieldKind.Double:
                return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var real)
                    && !double.IsInfinity(real) && !double.IsNaN(real)
                    ? new DoubleValue(real, text, range)
                    : null;
            case FieldKind.Date:
                return DatesAndUrls.TryReadDate(text, out var year, out var month, out var day)
                    ? new DateValue(year, month, day, range)
                    : null;
            case FieldKind.Uri:
                return DatesAndUrls.IsUrl(text) ? new UriValue(text, range) : null;
            case FieldKind.Enum:
            case FieldKind.EntryStatus:
                var index = FindEnumIndex(text, type);
                return index < 0 ? null : new EnumValue(type.EnumMembers[index], index, text, range);
            default:
                return null;
        }
    }

    public static string? FindEnumMember(string text, FieldType type)
    {
        var index = FindEnumIndex(text, type);
        return index < 0 ? null : type.EnumMembers[index];
    }

    private static int FindEnumIndex(string text, FieldType type)
    {
        for (var i = 0; i < type.EnumMembers.Count; i++)
        {
            if (EnumSpelling.Names(text, type.EnumMembers[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
