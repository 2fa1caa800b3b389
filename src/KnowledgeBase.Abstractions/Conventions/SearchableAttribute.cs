using System;

namespace KnowledgeBase;

/// <summary>
/// Makes a text field (or a list of text) part of what <c>kb search</c> looks in, counted as <see cref="Weight"/>.
/// An <see cref="EntryTitleAttribute"/> field is searched as a title and other <see cref="EntrySummaryAttribute"/>
/// and <see cref="StandingReasonAttribute"/> fields as text without this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SearchableAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="weight">What part of an entry the text is, which decides how much a match counts.</param>
    public SearchableAttribute(SearchWeight weight) => Weight = weight;

    /// <summary>What part of an entry the text is.</summary>
    public SearchWeight Weight { get; }
}

/// <summary>What part of an entry a searchable text is, from the most to the least telling.</summary>
public enum SearchWeight
{
    /// <summary>The entry's title or name.</summary>
    Title,

    /// <summary>Another name: an alias, a publisher, an author.</summary>
    Name,

    /// <summary>A claim's statement.</summary>
    Statement,

    /// <summary>Someone's verbatim words.</summary>
    Quote,

    /// <summary>Other prose: a summary, description or note.</summary>
    Text,
}
