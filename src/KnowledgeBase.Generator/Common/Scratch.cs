using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Generator.Common;

/// <summary>
/// Per-thread scratch objects, restarted for each entry or file instead of made anew: a new builder or list per
/// entry grows through arrays that are garbage at once. The caller keeps the object in a <c>[ThreadStatic]</c> field
/// of its own and must not use it twice at once; one that a hostile file made large is replaced, not kept for good.
/// </summary>
internal static class Scratch
{
    public static StringBuilder Builder(ref StringBuilder? kept, int maxCapacity)
    {
        if (kept is null || kept.Capacity > maxCapacity)
        {
            kept = new StringBuilder();
        }

        return kept.Clear();
    }

    public static List<T> List<T>(ref List<T>? kept, int maxCapacity)
    {
        if (kept is null || kept.Capacity > maxCapacity)
        {
            kept = [];
        }

        kept.Clear();
        return kept;
    }
}
