using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Which generated file holds each entry's member and data. Up to <see cref="SeparateFilesUpTo"/> entries, each
/// entry has a file of its own. Past it, entries share <see cref="SharedFilesPerCollection"/> files per collection,
/// chosen by a stable hash of the id: Roslyn's driver pays for every generated file on every run, even when nothing
/// changed (its name checked against all the others, a tree made for it, its rows walked), which was about a third of
/// an unrelated C# edit at 10,000 entries with 64 files per collection. Each file is compared on its own, so an edit
/// re-emits only the file holding the entry (its entries' code was written when they were bound, so that is a
/// copy), and adding an entry never moves another.
/// </summary>
internal static class EntryFiles
{
    /// <summary>Entries (in all collections together) up to which each entry keeps a file of its own.</summary>
    public const int SeparateFilesUpTo = 500;

    /// <summary>
    /// Files per collection once entries share files. Measured at 10,000 entries (<c>repeat unrelated</c>, alternating):
    /// 64 files a collection 4.9–6.8 ms an unrelated edit, 16 files 3.5–5.4, 8 files 1.9–4.8 (alike at the machine's
    /// slow moments, see the README), and a one-file edit about a millisecond slower with 8 than with 64. At 100,000
    /// entries a file holds up to about 3,100 entries (up to 3.5 MB of C#).
    /// </summary>
    public const int SharedFilesPerCollection = 8;

    /// <summary>
    /// Every file of entries, sorted by hint name, each with its entries in id order, as <see cref="EntryFilePlan"/>
    /// placed them; an entry the plan gives no place although it has data is past the data budget: a stub.
    /// </summary>
    public static IEnumerable<EntryFile> Build(
        ((ImmutableArray<EntrySummary> Entries, EquatableArray<PlannedFile> Plan), SchemaModel Schema) input,
        CancellationToken cancellationToken)
    {
        var ((entries, plan), schema) = input;

        var files = new List<EntryFile>(plan.Count);
        foreach (var file in plan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (schema.FindByType(file.CollectionType) is not { } model)
            {
                continue;
            }

            var placed = ImmutableArray.CreateBuilder<PlacedEntry>(file.Entries.Count);
            foreach (var planned in file.Entries)
            {
                // The plan comes from this run's entries in this order (PlannedEntry.Position): no look-up by path.
                if (planned.Position >= 0 && planned.Position < entries.Length && entries[planned.Position] is { Code: { } code } summary && summary.Entry.Path == planned.Path)
                {
                    placed.Add(new PlacedEntry(summary.Entry, code, planned.Number));
                }
            }

            files.Add(new EntryFile(file.HintName, file.BlockName, file.Block, model, new EquatableArray<PlacedEntry>(placed.ToImmutable())));
        }

        return files;
    }
}

/// <summary>An entry and its code in its file: <see cref="Number"/> is its place in the file's block, or -1 for a stub (no data).</summary>
internal sealed record PlacedEntry(BoundEntry Entry, EntryCode Code, int Number);

/// <summary>
/// One generated file of entries: its hint name, the nested class holding its block of data and that block's number
/// (-1 when none of its entries has data), the collection, and its entries in id order.
/// </summary>
internal sealed record EntryFile(string HintName, string BlockName, int Block, CollectionModel Collection, EquatableArray<PlacedEntry> Entries);
