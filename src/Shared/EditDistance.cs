namespace KnowledgeBase.Shared;

/// <summary>
/// The Levenshtein distance, compiled into both the generator (netstandard2.0, loaded by the compiler) and the
/// library (which cannot reference the generator), as a linked source file so the two never drift apart.
/// </summary>
internal static class EditDistance
{
    /// <summary>How many single-character insertions, deletions and substitutions turn one string into the other.</summary>
    public static int Between(string left, string right)
    {
        // Two rows of the classic table: the previous row and the one being filled.
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
                var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = System.Math.Min(substitution, System.Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
