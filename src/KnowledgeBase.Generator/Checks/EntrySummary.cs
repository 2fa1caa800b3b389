using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using KnowledgeBase.Generator.Binding;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// What the steps across entries need of one entry, made in one per-entry step so the entries are collected once.
/// Roslyn walks every collected table on every run, even when nothing in it changed (a collect has no cached fast
/// path, unlike a per-entry step), so each collection over 10,000 entries costs about a millisecond on every
/// keystroke; the index, the data budget, the rule index and the entry files each take their part of the one
/// collection instead, and each part is compared before its step runs.
/// </summary>
internal sealed record EntrySummary(BoundEntry Entry, IndexedEntry? Index, EntryText? Text, RuleIndexFacts? Facts)
{
    public static EntrySummary Of(BoundEntry entry, CancellationToken cancellationToken) =>
        new(entry, IndexedEntry.From(entry, cancellationToken), EntryText.Of(entry, cancellationToken), RuleIndexFacts.Of(entry.Facts));

    public static ImmutableArray<IndexedEntry?> Indexes(ImmutableArray<EntrySummary> all) => Part(all, static summary => summary.Index);

    public static ImmutableArray<EntryText?> Texts(ImmutableArray<EntrySummary> all) => Part(all, static summary => summary.Text);

    public static ImmutableArray<RuleIndexFacts?> RuleFacts(ImmutableArray<EntrySummary> all) => Part(all, static summary => summary.Facts);

    public static ImmutableArray<BoundEntry> Entries(ImmutableArray<EntrySummary> all) => Part(all, static summary => summary.Entry);

    private static ImmutableArray<T> Part<T>(ImmutableArray<EntrySummary> all, System.Func<EntrySummary, T> part)
    {
        var builder = ImmutableArray.CreateBuilder<T>(all.Length);
        foreach (var summary in all)
        {
            builder.Add(part(summary));
        }

        return builder.MoveToImmutable();
    }
}
