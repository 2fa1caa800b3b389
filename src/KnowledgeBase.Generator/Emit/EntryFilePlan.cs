using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Which file each entry goes to and its place in that file's block, worked out from the index alone (ids, member
/// names, validity), the entries past the data budget and the schema. An edit that keeps every id and validity
/// leaves the plan equal, so the sorting and grouping of every entry is not done again; only the entries are put
/// into their planned files (<see cref="EntryFiles"/>).
/// </summary>
internal static class EntryFilePlan
{
    /// <summary>
    /// <paramref name="input"/>'s rows are the index rows in the order of the collected entries, so each planned
    /// entry also names its position there (the plan is made again whenever that order changes).
    /// </summary>
    public static EquatableArray<PlannedFile> Build(
        (((ContentIndex Index, EquatableArray<string> OverBudget), SchemaModel Schema), ImmutableArray<IndexedEntry?> Rows) input,
        CancellationToken cancellationToken)
    {
        var (((index, overBudgetPaths), schema), rows) = input;
        var overBudget = new HashSet<string>(overBudgetPaths, System.StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(rows.Length, System.StringComparer.Ordinal);
        for (var position = 0; position < rows.Length; position++)
        {
            if (rows[position] is { } row)
            {
                positions[row.Path] = position;
            }
        }

        // The index is sorted by collection, then id, then path: each collection's entries come together, in id order.
        var emitted = FilePlan.Emitted(index);
        var shared = FilePlan.IsShared(emitted.Count);
        var files = new List<PlannedFile>();
        for (var start = 0; start < emitted.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start;
            while (end < emitted.Count && emitted[end].CollectionType == emitted[start].CollectionType)
            {
                end++;
            }

            if (schema.FindByType(emitted[start].CollectionType) is { } model)
            {
                files.AddRange(Collection(emitted, start, end, model, shared, overBudget, positions));
            }

            start = end;
        }

        files.Sort(static (left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return files.ToEquatableArray();
    }

    private static List<PlannedFile> Collection(List<IndexedEntry> emitted, int start, int end, CollectionModel model, bool shared, HashSet<string> overBudget, Dictionary<string, int> positions)
    {
        var hasData = new bool[end - start];
        var withData = new List<string>();
        for (var i = start; i < end; i++)
        {
            hasData[i - start] = FilePlan.HasData(emitted[i], overBudget);
            if (hasData[i - start])
            {
                withData.Add(emitted[i].Id);
            }
        }

        var places = FilePlan.Place(withData, shared);
        var result = new List<PlannedFile>(shared ? EntryFiles.SharedFilesPerCollection : end - start);

        // Shared, the entries go to their id's file, whose names are made once; otherwise each entry is a file.
        var sharedFiles = shared ? new List<PlannedEntry>?[EntryFiles.SharedFilesPerCollection] : null;
        var placed = 0;
        for (var i = start; i < end; i++)
        {
            var entry = emitted[i];
            var place = hasData[i - start] ? places[placed++] : (Block: -1, Number: -1);
            var planned = new PlannedEntry(entry.Path, positions.TryGetValue(entry.Path, out var position) ? position : -1, place.Number);
            if (sharedFiles is null)
            {
                var hint = FilePlan.OwnHintName(model.Namespace, model.Name, entry.Identifier!);
                result.Add(new PlannedFile(hint, FilePlan.BlockName(shared: false, place.Block, entry.Identifier!), place.Block, model.TypeName, new[] { planned }.ToEquatableArray()));
                continue;
            }

            // An entry with data is placed in its id's block already; a stub is in its id's file too, without a place.
            var file = place.Block >= 0 ? place.Block : FilePlan.SharedFileOf(entry.Id);
            (sharedFiles[file] ??= []).Add(planned);
        }

        for (var file = 0; sharedFiles is not null && file < sharedFiles.Length; file++)
        {
            if (sharedFiles[file] is { } entries)
            {
                var hint = FilePlan.SharedHintName(model.Namespace, model.Name, file);
                result.Add(new PlannedFile(hint, FilePlan.BlockName(shared: true, file, identifier: string.Empty), file, model.TypeName, entries.ToEquatableArray()));
            }
        }

        return result;
    }
}

/// <summary>One planned file: its hint name, its block's class and number (-1 without data), the collection, and its entries in id order.</summary>
internal sealed record PlannedFile(string HintName, string BlockName, int Block, string CollectionType, EquatableArray<PlannedEntry> Entries);

/// <summary>An entry in its planned file: its path, its position among the collected entries, and its place in the block (-1 for a stub).</summary>
internal sealed record PlannedEntry(string Path, int Position, int Number);
