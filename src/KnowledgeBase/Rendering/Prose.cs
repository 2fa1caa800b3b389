using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Rendering;

/// <summary>
/// How values read in the prose document: culture-invariant dates and numbers, enums as the YAML spells them,
/// references by the target's title with its id, citations as a reader would cite them.
/// </summary>
internal static class Prose
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    /// <summary>A number with thousands separators and every decimal digit it has, the same on every machine.</summary>
    public static string Number(decimal number) => Wording.Number(number);

    /// <summary>An enum value as content files spell it: <c>UsDollars</c> is <c>us-dollars</c>.</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum => KnowledgeBase.Shared.EnumSpelling.ToKebabCase(value.ToString());

    /// <summary>An enum value of a type known only at run time, spelt the same way.</summary>
    public static string Enum(Enum value) => KnowledgeBase.Shared.EnumSpelling.ToKebabCase(value.ToString());

    public static string Quoted(string text) => Wording.Quoted(text);
}
