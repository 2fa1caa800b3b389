using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Catalog;

/// <summary>
/// One entry of any collection, seen the same way whatever its type: the few things every entry has (id,
/// title, date, status), every field as a value tree, and what it refers to and cites. <see cref="Entry"/>
/// keeps the typed record for code that wants it.
/// </summary>
public sealed class CatalogEntry
{
    internal CatalogEntry(
        EntryKey key,
        object entry,
        string title,
        DateOnly? date,
        EntryStatus status,
        string? text,
        ImmutableArray<CatalogField> fields,
        ImmutableArray<CatalogReference> references,
        ImmutableArray<CatalogCitation> citations,
        ImmutableArray<SearchText> searchTexts)
    {
        Key = key;
        Entry = entry;
        Title = title;
        Date = date;
        Status = status;
        Text = text;
        Fields = fields;
        References = references;
        Citations = citations;
        SearchTexts = searchTexts;
    }

    /// <summary>The entry's collection and id.</summary>
    public EntryKey Key { get; }

    /// <summary>The collection's content folder, for example <c>events</c>.</summary>
    public string Collection => Key.Collection;

    /// <summary>The entry's id.</summary>
    public string Id => Key.Id;

    /// <summary>The typed record (<see cref="Event"/>, <see cref="Actor"/> …).</summary>
    public object Entry { get; }

    /// <summary>A one-line name: a title, a name, or a claim's statement.</summary>
    public string Title { get; }

    /// <summary>The day the entry is dated by (an event's date, a source's publication day), when it has one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The entry's standing.</summary>
    public EntryStatus Status { get; }

    /// <summary>The entry's main prose (a summary, description or note), when it has some.</summary>
    public string? Text { get; }

    /// <summary>Every field, in schema order, absent optional ones included as <see cref="AbsentValue"/>.</summary>
    public ImmutableArray<CatalogField> Fields { get; }

    /// <summary>Every reference to another entry, citations excluded.</summary>
    public ImmutableArray<CatalogReference> References { get; }

    /// <summary>Every citation, including those nested in reported values.</summary>
    public ImmutableArray<CatalogCitation> Citations { get; }

    /// <summary>The text <c>kb search</c> looks in, with what part of the entry each piece is.</summary>
    public ImmutableArray<SearchText> SearchTexts { get; }

    /// <summary>The entry as <c>collection/id</c>.</summary>
    public override string ToString() => Key.ToString();
}
