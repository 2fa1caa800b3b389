using System;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// Reads one YAML scalar as a field's type into a typed <see cref="BoundValue"/>. Culture-invariant
/// throughout, so a build on a tr-TR or de-DE machine reads the same values.
/// </summary>
internal static class ScalarBinder
{
    private static readonly Regex IsoDate = new(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex UriScheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
            values[i] = Naming.ToKebabCase(type.EnumMembers[i]);
        }

        return values;
    }

    /// <summary>
    /// Why a value written in the expected shape still does not fit, or null. Without it, "expects a date written
    /// yyyy-MM-dd, but the value is '2025-13-40'" leaves the editor looking at a value that is written yyyy-MM-dd.
    /// </summary>
    public static string? WhyNot(YamlNode node, FieldType type) =>
        type.Kind == FieldKind.Date && node.Kind == YamlNodeKind.Scalar && IsoDate.IsMatch(node.Value)
            ? "which is no day of the calendar"
            : null;

    /// <summary>The typed value of <paramref name="node"/>, or null when it does not fit the type.</summary>
    public static BoundValue? Bind(YamlNode node, FieldType type)
    {
        var text = node.Value;
        var range = node.Range;
        switch (type.Kind)
        {
            case FieldKind.String:
                return new TextValue(text, range);
            case FieldKind.Bool:
                return node.IsPlain && (text is "true" or "True" or "TRUE") ? new BoolValue(true, range)
                    : node.IsPlain && (text is "false" or "False" or "FALSE") ? new BoolValue(false, range)
                    : null;
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
                return IsoDate.IsMatch(text) && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new DateValue(date.Year, date.Month, date.Day, range)
                    : null;
            case FieldKind.Uri:
                return UriScheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri
                    ? new UriValue(text, range)
                    : null;
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
        var wanted = Naming.NormalizeEnumName(text);
        for (var i = 0; i < type.EnumMembers.Count; i++)
        {
            if (Naming.NormalizeEnumName(type.EnumMembers[i]) == wanted)
            {
                return i;
            }
        }

        return -1;
    }
}
