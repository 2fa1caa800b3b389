using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase;

public sealed partial record ReportedValue
{
    /// <summary>
    /// The value in one line as the prose document shows it, every digit kept: <c>-600,000,000,000 (approximately),
    /// as reported: “close to $600 billion”</c>; a range as <c>low to high</c>, <c>from low</c> or <c>up to high</c>.
    /// </summary>
    [EntrySummary]
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (Value is { } single)
            {
                parts.Add(Wording.Number(single));
            }

            parts.Add((Low, High) switch
            {
                ({ } low, { } high) => Wording.Number(low) + " to " + Wording.Number(high),
                ({ } low, null) => "from " + Wording.Number(low),
                (null, { } high) => "up to " + Wording.Number(high),
                _ => Value is null ? "no number" : string.Empty,
            });

            var line = string.Join("; ", parts.Where(part => part.Length > 0));
            if (Qualifier != Qualifier.Exact)
            {
                line += Qualifier switch
                {
                    Qualifier.Approximately => " (approximately)",
                    Qualifier.AtLeast => " (at-least)",
                    Qualifier.AtMost => " (at-most)",
                    _ => " (" + Qualifier + ")",
                };
            }

            return AsReported is null ? line : line + ", as reported: " + Wording.Quoted(AsReported);
        }
    }
}
