using System.Linq;

namespace KnowledgeBase;

/// <summary>The range of a figure's reported values.</summary>
/// <param name="Low">The lowest value any source reported.</param>
/// <param name="High">The highest value any source reported.</param>
public readonly record struct ValueSpread(decimal Low, decimal High)
{
    /// <summary>How far apart the lowest and highest reported values are.</summary>
    public decimal Width => High - Low;
}

public sealed partial record Figure
{
    /// <summary>
    /// True when the figure is marked disputed or its sources reported different values:
    /// the knowledge base keeps every value rather than picking one.
    /// </summary>
    public bool IsDisputed => Status == EntryStatus.Disputed || Values.Select(Describe).Distinct().Skip(1).Any();

    /// <summary>The lowest and highest value reported by any source, or null when no value is numeric.</summary>
    public ValueSpread? Spread
    {
        get
        {
            var lows = Values.Select(value => value.Value ?? value.Low).OfType<decimal>().ToList();
            var highs = Values.Select(value => value.Value ?? value.High).OfType<decimal>().ToList();
            return lows.Count == 0 || highs.Count == 0 ? null : new ValueSpread(lows.Min(), highs.Max());
        }
    }

    private static (decimal?, decimal?, decimal?) Describe(ReportedValue value) => (value.Value, value.Low, value.High);
}
