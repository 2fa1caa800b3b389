namespace KnowledgeBase.Catalog;

/// <summary>A reference from an entry to another entry.</summary>
/// <param name="Field">Where in the entry the reference sits, for example <c>heldBy</c> or <c>topics</c>.</param>
/// <param name="Target">The entry referred to.</param>
public sealed record CatalogReference(string Field, EntryKey Target);

/// <summary>A citation of a source, flattened out of wherever it sits in the entry.</summary>
/// <param name="Context">What the citation supports when the entry has several parts (a figure's reported value); null for the entry as a whole.</param>
/// <param name="SourceId">The cited source's id.</param>
/// <param name="Quote">The source's words, when quoted.</param>
/// <param name="Locator">Where in the source.</param>
public sealed record CatalogCitation(string? Context, string SourceId, string? Quote, string? Locator)
{
    /// <summary>The cited source's key.</summary>
    public EntryKey Source => new(KnowledgeBase.Source.CollectionName, SourceId);
}

/// <summary>Something that refers to an entry: the other side of a <see cref="CatalogReference"/> or a citation.</summary>
/// <param name="From">The entry that refers.</param>
/// <param name="Field">The field it refers from (<c>citations</c> for a citation).</param>
public sealed record Backlink(EntryKey From, string Field);

/// <summary>What part of an entry a piece of searchable text is; it decides how much a match counts.</summary>
public enum SearchRole
{
    /// <summary>The entry's title or name.</summary>
    Title,

    /// <summary>Another name: an alias, a publisher, an author.</summary>
    Name,

    /// <summary>A claim's statement.</summary>
    Statement,

    /// <summary>Someone's verbatim words: a claim's quote or a citation's quote.</summary>
    Quote,

    /// <summary>Other prose: a summary, description or note.</summary>
    Text,
}

/// <summary>A piece of an entry's text that <c>kb search</c> looks in.</summary>
/// <param name="Role">What part of the entry it is.</param>
/// <param name="Field">The field it comes from.</param>
/// <param name="Text">The text.</param>
public sealed record SearchText(SearchRole Role, string Field, string Text);
