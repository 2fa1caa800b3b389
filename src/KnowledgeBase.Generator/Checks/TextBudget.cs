using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using KnowledgeBase.Generator.Yaml;

namespace KnowledgeBase.Generator.Checks;

/// <summary>How many bytes of compiled data one entry puts into the assembly (an upper bound).</summary>
internal sealed record EntryText(string CollectionType, string Id, string Path, long Bytes)
{
    public static EntryText? Of(BoundEntry entry, CancellationToken cancellationToken) =>
        entry.CollectionType is null || entry.Identifier is null
            ? null
            : new EntryText(entry.CollectionType, entry.Id, entry.Path, Header + (3L * entry.Id.Length) + Measure(entry.Value));

    /// <summary>Per entry: its offset in its block and its id's and place's rows in the collection's tables.</summary>
    private const long Header = 40;

    /// <summary>
    /// At most what <c>DataWriter</c> writes for the value: a UTF-16 unit is at most 3 bytes of UTF-8 (4 hex digits
    /// where it is a lone surrogate), a number at most its written length, every value a few bytes of marks.
    /// </summary>
    private static long Measure(BoundValue? value) => value switch
    {
        null or AbsentValue => 2,
        TextValue text => 16 + (4L * text.Text.Length),
        UriValue uri => 16 + (4L * uri.Text.Length),
        ReferenceValue reference => 16 + (4L * reference.Id.Length),
        IntegerValue or DecimalValue or DoubleValue => 48,
        RecordValue record => 16 + Sum(record.Fields),
        ListValue list => 16 + Sum(list.Items),
        _ => 16,
    };

    // A loop rather than Sum, which boxes the array and its enumerator for every record and list of every entry.
    private static long Sum(EquatableArray<BoundValue> values)
    {
        var sum = 0L;
        foreach (var value in values)
        {
            sum += Measure(value);
        }

        return sum;
    }
}

/// <summary>
/// The compiled data all entries together may put into one assembly is bounded (<see cref="ContentLimits.MaxDataBytes"/>):
/// a hostile pull request needs only files that each keep every per-file limit to make the compiler hold gigabytes.
/// Entries are counted in collection and id order; once the budget is spent, every later entry is built as a stub
/// (no data) and gets KB0045 at its file, so the build fails on the content that caused it, whatever order files
/// arrive in. (Entries spend nothing of the 16 MB string heap: their text is UTF-8 data.)
/// </summary>
internal sealed record TextBudget(EquatableArray<string> OverBudgetPaths, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private static readonly TextBudget Empty = new(EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public static TextBudget Build(ImmutableArray<EntryText?> entries, CancellationToken cancellationToken) =>
        Build(entries, ContentLimits.MaxDataBytes, cancellationToken);

    public static TextBudget Build(ImmutableArray<EntryText?> entries, long budget, CancellationToken cancellationToken)
    {
        // Within the budget as a whole (always, short of hostile content), no entry is past it, whatever the order:
        // summing is enough, and this step runs again on every edit that changes an entry's size.
        var sum = 0L;
        foreach (var entry in entries)
        {
            sum += entry?.Bytes ?? 0;
        }

        if (sum <= budget)
        {
            return Empty;
        }

        var total = 0L;
        var over = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entry in entries
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .OrderBy(entry => entry.CollectionType, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Path, System.StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (over.Count == 0 && total + entry.Bytes <= budget)
            {
                total += entry.Bytes;
                continue;
            }

            over.Add(entry.Path);
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.TextBudgetExceeded,
                LocationInfo.StartOfFile(entry.Path),
                entry.Id,
                total.ToString(CultureInfo.InvariantCulture),
                budget.ToString(CultureInfo.InvariantCulture)));
        }

        over.Sort(System.StringComparer.Ordinal);
        return new TextBudget(over.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
