namespace KnowledgeBase;

/// <summary>Where a fact comes from: a source, optionally the exact words and where in the source they are.</summary>
/// <param name="Source">The cited source.</param>
/// <param name="Quote">The source's words, verbatim, when the fact is quoted.</param>
/// <param name="Locator">Where in the source: a page, section, paragraph or table.</param>
public sealed record Citation(
    [CitedSource] Ref<Source> Source,
    [CitedQuote, Searchable(SearchWeight.Quote), NotEmpty, MaxLength(300)] string? Quote = null,
    [CitedLocator] string? Locator = null);
