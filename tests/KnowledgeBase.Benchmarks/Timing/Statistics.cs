using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>What every timing command reports of its runs.</summary>
internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle ones: one slow run on a shared machine does not move it.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
