using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Catalog;

/// <summary>
/// One entry of any collection, seen the same way whatever its type: the few things every entry has (id,
/// title, date, status), every field as a value tree, and what it refers to and cites. <see cref="Entry"/>
/// keeps the typed record for code that wants it.
/// </summary>
/// <remarks>
/// Built in two steps, each on first use, so that a catalog of tens of thousands of entries costs only what a
/// command reads: the outline (title, date, status, text, references, citations), which counts and backlinks
/// need for every entry, and the view (fields, search text), which only showing, listing fields or searching
/// needs. Both come from one description of the record, so they cannot disagree.
/// </remarks>
public sealed class CatalogEntry
{
    private readonly Action<EntryBuilder> _describe;
    private EntryOutline? _outline;
    private EntryView? _view;

    internal CatalogEntry(string collection, string id, object entry, Action<EntryBuilder> describe)
    {
        Key = new EntryKey(collection, id);
        Entry = entry;
        _describe = describe;
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
    public string Title => Outline.Title;

    /// <summary>The day the entry is dated by (an event's date, a source's publication day), when it has one.</summary>
    public DateOnly? Date => Outline.Date;

    /// <summary>The entry's standing.</summary>
    public EntryStatus Status => Outline.Status;

    /// <summary>The entry's main prose (a summary, description or note), when it has some.</summary>
    public string? Text => Outline.Text;

    /// <summary>Every field, in schema order, absent optional ones included as <see cref="AbsentValue"/>.</summary>
    public ImmutableArray<CatalogField> Fields => View.Fields;

    /// <summary>Every reference to another entry, citations excluded.</summary>
    public ImmutableArray<CatalogReference> References => Outline.References;

    /// <summary>Every citation, including those nested in reported values.</summary>
    public ImmutableArray<CatalogCitation> Citations => Outline.Citations;

    /// <summary>The text <c>kb search</c> looks in, with what part of the entry each piece is.</summary>
    public ImmutableArray<SearchText> SearchTexts => View.SearchTexts;

    /// <summary>The outline as describing the whole entry finds it, for tests that the outline's shortcut loses nothing.</summary>
    internal EntryOutline OutlineFromView => Describe(withView: true).Outline;

    /// <summary>Whether the view has been built; lets tests check that a command builds only what it shows.</summary>
    internal bool HasView => _view is not null;

    /// <summary>The outline, built on first read; internal for tests that compare it with <see cref="OutlineFromView"/>.</summary>
    /// <remarks>Races only build the same immutable values twice, so no locking (here and for the view).</remarks>
    internal EntryOutline Outline => _outline ??= Describe(withView: false).Outline;

    private EntryView View => _view ??= Describe(withView: true).View;

    /// <summary>The entry as <c>collection/id</c>.</summary>
    public override string ToString() => Key.ToString();

    private EntryBuilder Describe(bool withView)
    {
        var builder = new EntryBuilder(withView);
        _describe(builder);
        return builder;
    }
}
