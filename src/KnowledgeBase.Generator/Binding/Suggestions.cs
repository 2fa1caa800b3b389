using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generator.Binding;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>Names longer than this get no suggestion: the distance costs the product of the lengths.</summary>
    private const int MaxLength = 256;

    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(2, typed.Length / 3);
        var upper = typed.Length > MaxLength ? null : typed.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: skip, without computing it, what cannot be close.
            if (upper is null || Math.Abs(candidate.Length - typed.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(upper, candidate.ToUpperInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    public static int Distance(string left, string right)
    {
        if (left.Length > MaxLength || right.Length > MaxLength)
        {
            return int.MaxValue;
        }

        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
