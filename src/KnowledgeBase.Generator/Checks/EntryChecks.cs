using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Binding;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// Every diagnostic of every entry: its own (from reading and binding its file), its references checked against
/// every id, and the rules across entries. One step over all entries, not one per entry: Roslyn walks a per-entry
/// step's table on every run, and the three walks a per-entry check took (combine, check, output) were a quarter
/// of a one-file edit at 10,000 entries. What a per-entry step gave for free is kept here: an entry whose summary
/// (the driver keeps it while its file is unchanged) was last checked against equal indexes is not checked again.
/// </summary>
internal static class EntryChecks
{
    /// <summary>Every entry's diagnostics, in the entries' order, checking only the entries whose inputs changed.</summary>
    public static EquatableArray<DiagnosticInfo> RunAll((ImmutableArray<EntrySummary> Entries, (KnownIds Known, RuleIndex Rules) Across) input, CancellationToken cancellationToken)
    {
        var (entries, (known, rules)) = input;
        var current = new CurrentIndexes(known, rules);
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var summary in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cell = summary.LastCheck;
            var last = cell.Last;
            if (last is null || !current.Are(last.Known, last.Rules))
            {
                last = new Check(known, rules, Run(summary.Entry, known, rules, cancellationToken));
                cell.Last = last;
            }

            if (last.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(last.Diagnostics.AsImmutableArray());
            }
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable());
    }

    private static EquatableArray<DiagnosticInfo> Run(BoundEntry entry, KnownIds known, RuleIndex rules, CancellationToken cancellationToken)
    {
        var references = ReferenceChecker.Check(entry, known, cancellationToken);
        var crossEntry = CrossEntryRules.Check(entry.Facts, rules, cancellationToken);
        return references.Count == 0 && crossEntry.Count == 0
            ? entry.Diagnostics
            : entry.Diagnostics.Concat(references).Concat(crossEntry).ToEquatableArray();
    }

    internal sealed class Check(KnownIds known, RuleIndex rules, EquatableArray<DiagnosticInfo> diagnostics)
    {
        public KnownIds Known { get; } = known;

        public RuleIndex Rules { get; } = rules;

        public EquatableArray<DiagnosticInfo> Diagnostics { get; } = diagnostics;
    }

    /// <summary>
    /// Whether indexes an entry was checked against equal this run's. Most are the same objects; another object is
    /// compared once per run (an index is as long as the content), however many entries were checked against it.
    /// </summary>
    private sealed class CurrentIndexes(KnownIds known, RuleIndex rules)
    {
        private readonly List<(object Old, bool Equal)> compared = [];

        public bool Are(KnownIds oldKnown, RuleIndex oldRules) => Equal(oldKnown, known) && Equal(oldRules, rules);

        private bool Equal<T>(T old, T now)
            where T : class, System.IEquatable<T>
        {
            if (ReferenceEquals(old, now))
            {
                return true;
            }

            foreach (var (seen, equal) in compared)
            {
                if (ReferenceEquals(seen, old))
                {
                    return equal;
                }
            }

            var result = old.Equals(now);
            compared.Add((old, result));
            return result;
        }
    }
}

/// <summary>
/// Where an entry's last check is kept: a cell that takes no part in equality (every cell equals every other), so
/// the summary compares by its content alone. Written by the one step that checks entries; a race only checks twice.
/// </summary>
internal sealed class CheckCell : System.IEquatable<CheckCell>
{
    private volatile EntryChecks.Check? last;

    public EntryChecks.Check? Last
    {
        get => last;
        set => last = value;
    }

    public bool Equals(CheckCell? other) => other is not null;

    public override bool Equals(object? obj) => obj is CheckCell;

    public override int GetHashCode() => 0;
}
