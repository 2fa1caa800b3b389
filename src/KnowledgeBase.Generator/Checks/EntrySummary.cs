using System.Collections.Immutable;
using System.Threading;
using KnowledgeBase.Generator.Binding;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// What the steps across entries need of one entry, made where the entry is bound so the entries are collected once.
/// Roslyn walks every collected table on every run, even when nothing in it changed (a collect has no cached fast
/// path, unlike a per-entry step), so each collection over 10,000 entries costs about a millisecond on every
/// keystroke; the index, the data budget and the rule index each take their part of the one collection instead,
/// compared before their step runs, and the entry files read the entries from it.
/// </summary>
internal sealed record EntrySummary(BoundEntry Entry, IndexedEntry? Index, EntryText? Text, RuleIndexFacts? Facts)
{
    /// <summary>The entry's last check (<see cref="EntryChecks"/>), kept with the summary the driver keeps between runs; no part of equality.</summary>
    public CheckCell LastCheck { get; } = new();

    public static EntrySummary Of(BoundEntry entry, CancellationToken cancellationToken) =>
        new(entry, IndexedEntry.From(entry, cancellationToken), EntryText.Of(entry, cancellationToken), RuleIndexFacts.Of(entry.Facts));

    public static ImmutableArray<IndexedEntry?> Indexes(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Index);

    public static ImmutableArray<EntryText?> Texts(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Text);

    public static ImmutableArray<RuleIndexFacts?> RuleFacts(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Facts);
}
