using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Catalog;

/// <summary>What counts, titles and backlinks read of an entry: cheap enough to build for every entry.</summary>
internal sealed record EntryOutline(
    string Title,
    DateOnly? Date,
    EntryStatus Status,
    string? Text,
    ImmutableArray<CatalogReference> References,
    ImmutableArray<CatalogCitation> Citations);

/// <summary>What only showing, exporting or searching an entry reads: built for the entries a command looks at.</summary>
internal sealed record EntryView(ImmutableArray<CatalogField> Fields, ImmutableArray<SearchText> SearchTexts);
