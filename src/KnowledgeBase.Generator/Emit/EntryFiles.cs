using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Which generated file holds each entry's member and data. Up to <see cref="SeparateFilesUpTo"/> entries, each
/// entry has a file of its own. Past it, entries share <see cref="SharedFilesPerCollection"/> files per collection,
/// chosen by a stable hash of the id: on every generator run the compiler checks each generated file's name against
/// all the others (a linear search per file, so 10,000 files cost about 100 ms even when nothing changed), and a few
/// hundred files keep that negligible. Each file is compared on its own, so an edit re-emits only the file holding
/// the entry, and adding an entry never moves another.
/// </summary>
internal static class EntryFiles
{
    /// <summary>Entries (in all collections together) up to which each entry keeps a file of its own.</summary>
    public const int SeparateFilesUpTo = 500;

    /// <summary>Files per collection once entries share files.</summary>
    public const int SharedFilesPerCollection = 64;

    /// <summary>Every file of entries, sorted by hint name, each with its entries in id order.</summary>
    public static IEnumerable<EntryFile> Build(
        (((ImmutableArray<BoundEntry> Entries, EquatableArray<string> Skipped), EquatableArray<string> OverBudget), SchemaModel Schema) input,
        CancellationToken cancellationToken)
    {
        var (((entries, skippedPaths), overBudgetPaths), schema) = input;
        var skipped = new HashSet<string>(skippedPaths, System.StringComparer.Ordinal);
        var overBudget = new HashSet<string>(overBudgetPaths, System.StringComparer.Ordinal);
        var emitted = new List<BoundEntry>(entries.Length);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.CollectionType is not null && entry.Identifier is not null && !skipped.Contains(entry.Path))
            {
                emitted.Add(overBudget.Contains(entry.Path) ? entry with { Value = null } : entry);
            }
        }

        var shared = FilePlan.IsShared(emitted.Count);
        var files = new List<EntryFile>();
        foreach (var collection in emitted.GroupBy(entry => entry.CollectionType!, System.StringComparer.Ordinal))
        {
            var model = schema.FindByType(collection.Key);
            if (model is null)
            {
                continue;
            }

            // Sorted with one comparison, not LINQ's keyed sorts: this step runs again on every content edit.
            var sorted = collection.ToList();
            sorted.Sort(static (left, right) =>
            {
                var byId = string.CompareOrdinal(left.Id, right.Id);
                return byId != 0 ? byId : string.CompareOrdinal(left.Path, right.Path);
            });
            var withData = sorted.Where(entry => entry.IsValid).ToList();
            var places = FilePlan.Place(withData.Select(entry => entry.Id).ToList(), shared);
            var placeOf = new Dictionary<string, (int Block, int Number)>(withData.Count, System.StringComparer.Ordinal);
            for (var i = 0; i < withData.Count; i++)
            {
                placeOf[withData[i].Path] = places[i];
            }

            // Shared files are told apart by number and named once each; separate files by their hint names.
            var groups = shared
                ? sorted.GroupBy(entry => FilePlan.SharedFileOf(entry.Id)).Select(group => (Hint: SharedHintName(group.First()), Entries: (IEnumerable<BoundEntry>)group))
                : sorted.GroupBy(entry => EntryEmitter.HintName(entry), System.StringComparer.Ordinal).Select(group => (Hint: group.Key, Entries: (IEnumerable<BoundEntry>)group));
            foreach (var (hint, members) in groups)
            {
                var first = members.First();
                var number = shared ? FilePlan.SharedFileOf(first.Id) : placeOf.TryGetValue(first.Path, out var own) ? own.Block : -1;
                var placed = members
                    .Select(entry => placeOf.TryGetValue(entry.Path, out var place) ? new PlacedEntry(entry, place.Number) : new PlacedEntry(entry, -1))
                    .ToEquatableArray();
                files.Add(new EntryFile(hint, FilePlan.BlockName(shared, number, first.Identifier!), number, model, placed));
            }
        }

        files.Sort(static (left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return files;
    }

    /// <summary>A name no entry's own file can have: '-' never occurs in a member name.</summary>
    private static string SharedHintName(BoundEntry entry) =>
        (entry.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + entry.TypeName + ".Entries-"
        + FilePlan.SharedFileOf(entry.Id).ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";
}

/// <summary>An entry in its file: <see cref="Number"/> is its place in the file's block, or -1 for a stub (no data).</summary>
internal sealed record PlacedEntry(BoundEntry Entry, int Number);

/// <summary>
/// One generated file of entries: its hint name, the nested class holding its block of data and that block's number
/// (-1 when none of its entries has data), the collection, and its entries in id order.
/// </summary>
internal sealed record EntryFile(string HintName, string BlockName, int Block, CollectionModel Collection, EquatableArray<PlacedEntry> Entries);
