using System;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// Reads one YAML scalar as a field's C# type and renders it as a C# expression. Culture-invariant
/// throughout, so a build on a tr-TR or de-DE machine produces the same code.
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

    /// <summary>Returns the C# expression for <paramref name="node"/>, or null when it does not fit the type.</summary>
    public static string? Bind(YamlNode node, FieldType type)
    {
        var text = node.Value;
        switch (type.Kind)
        {
            case FieldKind.String:
                return Emit.Text.Literal(text);
            case FieldKind.Bool:
                return node.IsPlain && (text is "true" or "True" or "TRUE") ? "true"
                    : node.IsPlain && (text is "false" or "False" or "FALSE") ? "false"
                    : null;
            case FieldKind.Int:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? SymbolDisplay.FormatPrimitive(number, quoteStrings: false, useHexadecimalNumbers: false)
                    : null;
            case FieldKind.Long:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wide)
                    ? SymbolDisplay.FormatPrimitive(wide, quoteStrings: false, useHexadecimalNumbers: false) + "L"
                    : null;
            case FieldKind.Decimal:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var exact)
                    ? SymbolDisplay.FormatPrimitive(exact, quoteStrings: false, useHexadecimalNumbers: false) + "m"
                    : null;
            case FieldKind.Double:
                return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var real)
                    && !double.IsInfinity(real) && !double.IsNaN(real)
                    ? SymbolDisplay.FormatPrimitive(real, quoteStrings: false, useHexadecimalNumbers: false) + "d"
                    : null;
            case FieldKind.Date:
                return IsoDate.IsMatch(text) && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? string.Format(CultureInfo.InvariantCulture, "new global::System.DateOnly({0}, {1}, {2})", date.Year, date.Month, date.Day)
                    : null;
            case FieldKind.Uri:
                return UriScheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri
                    ? "new global::System.Uri(" + Emit.Text.Literal(text) + ")"
                    : null;
            case FieldKind.Enum:
            case FieldKind.EntryStatus:
                var member = FindEnumMember(text, type);
                return member is null ? null : type.TypeName + "." + (SyntaxFacts.GetKeywordKind(member) == SyntaxKind.None ? member : "@" + member);
            default:
                return null;
        }
    }

    public static string? FindEnumMember(string text, FieldType type)
    {
        var wanted = Naming.NormalizeEnumName(text);
        foreach (var member in type.EnumMembers)
        {
            if (Naming.NormalizeEnumName(member) == wanted)
            {
                return member;
            }
        }

        return null;
    }
}
