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
    public static string Number(decimal number) => number.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>An enum value as content files spell it: <c>UsDollars</c> is <c>us-dollars</c>.</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumSpelling.ToKebabCase(value.ToString());

    public static string? Uri(Uri? uri) => uri?.OriginalString;

    public static string Quoted(string text) => "“" + text + "”";

    public static string? Quoted(string? text, string label) => text is null ? null : label + Quoted(text);

    public static IEnumerable<string> Texts(ImmutableArray<string> values) => values.IsDefault ? [] : values;

    public static string Reference(Ref<Source> reference) => Reference(reference, source => source.Title);

    public static string Reference(Ref<Actor> reference) => Reference(reference, actor => actor.Name);

    public static string Reference(Ref<Topic> reference) => Reference(reference, topic => topic.Name);

    public static string Reference(Ref<Event> reference) => Reference(reference, entry => entry.Title);

    public static string Reference(Ref<Figure> reference) => Reference(reference, figure => figure.Title);

    public static string Reference(Ref<Claim> reference) => Reference(reference, claim => Quoted(claim.Statement));

    public static string? Reference<T>(Ref<T>? reference, Func<Ref<T>, string> format)
        where T : class, IEntry<T> => reference is { } value ? format(value) : null;

    public static IEnumerable<string> References<T>(ImmutableArray<Ref<T>> references, Func<Ref<T>, string> format)
        where T : class, IEntry<T> => references.IsDefault ? [] : references.Select(format);

    /// <summary>A citation as a reader cites it: title, publisher, date, then where in the source and its words.</summary>
    public static string Citation(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var text = new StringBuilder();
        if (citation.Source.TryResolve(out var source) && source is not null)
        {
            text.Append('*').Append(source.Title).Append("*, ").Append(source.Publisher).Append(", ")
                .Append(source.Published is { } published ? Date(published) : "undated");
        }
        else
        {
            text.Append("missing source");
        }

        text.Append(" (").Append(Source.CollectionName).Append('/').Append(citation.Source.Id).Append(')');
        if (citation.Locator is not null)
        {
            text.Append(", at ").Append(citation.Locator);
        }

        if (citation.Quote is not null)
        {
            text.Append(": ").Append(Quoted(citation.Quote));
        }

        return text.ToString();
    }

    public static IEnumerable<string> Citations(ImmutableArray<Citation> citations) =>
        citations.IsDefault ? [] : citations.Select(Citation);

    private static string Reference<T>(Ref<T> reference, Func<T, string> title)
        where T : class, IEntry<T>
    {
        var id = T.CollectionName + "/" + reference.Id;
        return reference.TryResolve(out var entry) && entry is not null ? title(entry) + " (" + id + ")" : "missing entry (" + id + ")";
    }
}
