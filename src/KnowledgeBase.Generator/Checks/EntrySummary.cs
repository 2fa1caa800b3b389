using System.Collections.Immutable;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// What the steps across entries need of one entry, made where the entry is bound so the entries are collected once.
/// Roslyn walks every collected table on every run, even when nothing in it changed (a collect has no cached fast
/// path, unlike a per-entry step), so each collection over 10,000 entries costs about a millisecond on every
/// keystroke; the index, the data budget and the rule index each take their part of the one collection instead,
/// compared before their step runs, and the entry files read the entries from it.
/// </summary>
/// <remarks>
/// <see cref="Entry"/> is the bound entry without its value and its doc texts: the driver keeps every summary, and a
/// value's tree of small objects was what the collections of a cold run copied most. What is emitted of them was
/// written beside it, as <see cref="Code"/> (null when the entry gets no member); the checks need neither.
/// </remarks>
internal sealed record EntrySummary(BoundEntry Entry, EntryCode? Code, IndexedEntry? Index, EntryText? Text, RuleIndexFacts? Facts)
{
    /// <summary>The entry's last check (<see cref="EntryChecks"/>), kept with the summary the driver keeps between runs; no part of equality.</summary>
    public CheckCell LastCheck { get; } = new();

    /// <summary>The summary of <paramref name="entry"/>, whose code the emitter wrote (null when it gets no member).</summary>
    public static EntrySummary Of(BoundEntry entry, EntryCode? code, CancellationToken cancellationToken) =>
        new(entry with { Value = null, Title = null, Summary = null, ObsoleteMessage = null, CitedSources = EquatableArray<string>.Empty }, code, IndexedEntry.From(entry, cancellationToken), EntryText.Of(entry, cancellationToken), RuleIndexFacts.Of(entry.Facts));

    public static ImmutableArray<IndexedEntry?> Indexes(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Index);

    public static ImmutableArray<EntryText?> Texts(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Text);

    public static ImmutableArray<RuleIndexFacts?> RuleFacts(ImmutableArray<EntrySummary> all) => ImmutableArray.CreateRange(all, static summary => summary.Facts);
}
