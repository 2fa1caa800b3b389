using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KnowledgeBase.Catalog;

/// <summary>Formats sources and citations as references a reader can follow.</summary>
public static class CitationFormat
{
    /// <summary>
    /// A source as a reference: <c>Authors. "Title". Publisher, 27 Jan 2025. Identifier. URL.</c>, with where
    /// it was seen when that was a reprint.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns>One line.</returns>
    public static string Reference(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<string>();
        var authors = source.Authors.OrEmpty();
        if (authors.Length > 0)
        {
            parts.Add(string.Join(", ", authors) + ".");
        }

        parts.Add("\u201C" + source.Title + "\u201D.");
        parts.Add(source.Publisher + (source.Published is { } published ? ", " + Day(published) : string.Empty) + ".");
        if (source.Identifier is { } identifier)
        {
            parts.Add(identifier + ".");
        }

        if (source.Url is { } url)
        {
            parts.Add(url.AbsoluteUri);
        }

        if (source.SeenAt is { } seenAt)
        {
            parts.Add("(Seen at: " + seenAt + ")");
        }

        return string.Join(' ', parts);
    }

    /// <summary>What a citation adds to its source: the locator and the quote, or an empty string.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>For example <c>p. 4: "quoted words"</c>.</returns>
    public static string Detail(CatalogCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var parts = new[]
        {
            citation.Locator,
            citation.Quote is null ? null : "\u201C" + citation.Quote + "\u201D",
        };
        return string.Join(": ", parts.Where(part => part is not null));
    }

    /// <summary>A day as <c>27 Jan 2025</c>, unambiguous in every locale.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The formatted day.</returns>
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
