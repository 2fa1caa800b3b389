using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Catalog;

/// <summary>Suggests what the user probably meant when a name matches nothing.</summary>
public static class ClosestMatches
{
    /// <summary>
    /// The candidates closest to <paramref name="input"/>, case-insensitively: those within a few edits or
    /// containing it (or contained in it), fewest edits first; at most <paramref name="limit"/>.
    /// </summary>
    /// <param name="input">What the user typed.</param>
    /// <param name="candidates">The valid names.</param>
    /// <param name="limit">How many suggestions at most.</param>
    /// <returns>The suggestions, best first.</returns>
    public static IReadOnlyList<string> Find(string input, IEnumerable<string> candidates, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        var needle = input.Trim().ToUpperInvariant();
        if (needle.Length == 0)
        {
            return [];
        }

        var maxDistance = Math.Max(2, needle.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate, Upper: candidate.ToUpperInvariant()))
            .Select(item => (item.Candidate, Distance: Distance(needle, item.Upper), Contains: Contains(needle, item.Upper)))
            .Where(scored => scored.Distance <= maxDistance || scored.Contains)
            .OrderBy(scored => scored.Distance)
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .Take(limit)
            .Select(scored => scored.Candidate)
            .ToList();
    }

    // Containment makes a long id findable from a part of it (`nvidia` finds `nvidia-record-one-day-market-value-loss`);
    // the edit distance still decides the order, so a one-letter typo beats a mere containment.
    private static bool Contains(string needle, string candidate) =>
        candidate.Contains(needle, StringComparison.Ordinal) ||
        (candidate.Length > 3 && needle.Contains(candidate, StringComparison.Ordinal));

    /// <summary>The Levenshtein distance: how many single-character edits turn one string into the other.</summary>
    /// <param name="left">One string.</param>
    /// <param name="right">The other.</param>
    /// <returns>The number of insertions, deletions and substitutions needed.</returns>
    public static int Distance(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Shared.EditDistance.Between(left, right);
    }
}
