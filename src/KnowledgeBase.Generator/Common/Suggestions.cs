using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generator.Common;

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

    /// <summary>The edit distance, or <see cref="int.MaxValue"/> past <see cref="MaxLength"/> (it costs the product of the lengths).</summary>
    public static int Distance(string left, string right) =>
        left.Length > MaxLength || right.Length > MaxLength ? int.MaxValue : Shared.EditDistance.Between(left, right);
}
