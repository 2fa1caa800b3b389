using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace KnowledgeBase.Catalog;

/// <summary>One search hit.</summary>
/// <param name="Entry">The matching entry.</param>
/// <param name="Score">How well it matched; higher is better.</param>
/// <param name="Best">The piece of text that contributed most, to show as the reason for the hit.</param>
public sealed record SearchHit(CatalogEntry Entry, int Score, SearchText Best);

/// <summary>
/// Case-insensitive, ranked search over titles, names, statements, quotes and other prose.
/// <para>
/// Ranking: the query is split into words. Every word must occur (as a substring) somewhere in the entry, or
/// the entry is left out. Each word scores the weight of the strongest field it occurs in (title or name 10,
/// alias, publisher or author 6, claim statement 5, quote 3, other prose such as a summary 1), doubled when
/// it occurs there as a whole word. When the whole query occurs as a phrase in a field, that field's weight
/// is added once more. Hits are ordered by score (highest first), then collection, then id.
/// </para>
/// </summary>
public static class CatalogSearch
{
    /// <summary>The weight of a match in each part of an entry.</summary>
    /// <param name="role">The part.</param>
    /// <returns>Its weight.</returns>
    public static int WeightOf(SearchRole role) => role switch
    {
        SearchRole.Title => 10,
        SearchRole.Name => 6,
        SearchRole.Statement => 5,
        SearchRole.Quote => 3,
        _ => 1,
    };

    /// <summary>Searches the catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="query">The words to look for.</param>
    /// <returns>The hits, best first.</returns>
    public static ImmutableArray<SearchHit> Search(KnowledgeCatalog catalog, string query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', words);
        var hits = new List<SearchHit>();
        foreach (var entry in catalog.Entries)
        {
            if (Score(entry, words, phrase) is { } hit)
            {
                hits.Add(hit);
            }
        }

        return [.. hits
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => CollectionInfo.OrderOf(hit.Entry.Collection))
            .ThenBy(hit => hit.Entry.Id, StringComparer.Ordinal)];
    }

    private static SearchHit? Score(CatalogEntry entry, string[] words, string phrase)
    {
        var total = 0;
        SearchText? best = null;
        var bestScore = 0;
        foreach (var word in words)
        {
            var wordScore = 0;
            foreach (var text in entry.SearchTexts)
            {
                var score = WordScore(text, word);
                if (score > wordScore)
                {
                    wordScore = score;
                }

                if (score > bestScore)
                {
                    (bestScore, best) = (score, text);
                }
            }

            if (wordScore == 0)
            {
                return null;
            }

            total += wordScore;
        }

        if (words.Length > 1)
        {
            var phraseBonus = entry.SearchTexts
                .Where(text => text.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                .Select(text => WeightOf(text.Role))
                .DefaultIfEmpty(0)
                .Max();
            total += phraseBonus;
        }

        return best is null ? null : new SearchHit(entry, total, best);
    }

    private static int WordScore(SearchText text, string word)
    {
        var index = text.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return 0;
        }

        var weight = WeightOf(text.Role);
        return IsWholeWord(text.Text, word) ? weight * 2 : weight;
    }

    private static bool IsWholeWord(string text, string word)
    {
        for (var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
             index >= 0;
             index = text.IndexOf(word, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + word.Length;
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}
