using System;
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
    /// How far an "about" value may sit from another value and still agree with it, as a share of the larger:
    /// "about 17%" agrees with 16.86%, "about $600 billion" does not contradict $593.7 billion.
    /// </summary>
    public const decimal ApproximateTolerance = 0.05m;

    /// <summary>
    /// True when the figure is marked disputed, or two of its reported values disagree: exact values that
    /// differ, or an approximate value further than <see cref="ApproximateTolerance"/> from another.
    /// Every value is kept either way; nothing is silently picked.
    /// </summary>
    [Derived(DisplayName = "Disputed")]
    public bool IsDisputed => Status == EntryStatus.Disputed || Values.Any(left => Values.Any(right => Disagree(left, right)));

    /// <summary>The lowest and highest value reported by any source, or null when no value is numeric.</summary>
    [Derived]
    public ValueSpread? Spread
    {
        get
        {
            var lows = Values.Select(value => value.Value ?? value.Low).OfType<decimal>().ToList();
            var highs = Values.Select(value => value.Value ?? value.High).OfType<decimal>().ToList();
            return lows.Count == 0 || highs.Count == 0 ? null : new ValueSpread(lows.Min(), highs.Max());
        }
    }

    /// <summary>Every reported value as a person reads it ("about US$600 billion; US$593.7 billion"), or the note when none has a number.</summary>
    [EntrySummary]
    public string? Description
    {
        get
        {
            var values = string.Join("; ", (Values.IsDefault ? [] : Values).Select(DescribeValue));
            return values.Length == 0 ? Note : values;
        }
    }

    /// <summary>What the citations of one reported value support: that value in the figure's unit.</summary>
    /// <param name="value">One of the figure's reported values.</param>
    /// <returns>For example "about US$600 billion".</returns>
    [CitationContext]
    public string DescribeValue(ReportedValue value) => Catalog.Quantity.Describe(value, Unit);

    private static bool Disagree(ReportedValue left, ReportedValue right)
    {
        if (left.Value is not decimal a || right.Value is not decimal b)
        {
            return left.Low != right.Low || left.High != right.High || left.Value != right.Value;
        }

        if (left.Qualifier == Qualifier.Exact && right.Qualifier == Qualifier.Exact)
        {
            return a != b;
        }

        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return Math.Abs(a - b) > scale * ApproximateTolerance;
    }
}
