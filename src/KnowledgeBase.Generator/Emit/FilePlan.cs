using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Where each entry's data goes: which block (generated file) and which place in it. The collection's tables and
/// each file of entries compute it alike, from the collection's ids alone, so an edit that keeps the ids changes
/// neither the tables nor any other file. Up to <see cref="EntryFiles.SeparateFilesUpTo"/> entries in all, each
/// entry is a block of its own, numbered in id order; past it, block <c>k</c> of
/// <see cref="EntryFiles.SharedFilesPerCollection"/> holds the ids whose stable hash is <c>k</c>, in id order.
/// </summary>
internal static class FilePlan
{
    /// <summary>
    /// The entries that get a member, in the index's order (collection, then id): those with a member name whose
    /// file no other file's member name displaced. The collection's tables and the files of entries both start here.
    /// </summary>
    public static List<IndexedEntry> Emitted(ContentIndex index)
    {
        var skipped = new HashSet<string>(index.SkippedPaths, System.StringComparer.Ordinal);
        var emitted = new List<IndexedEntry>(index.Entries.Count);
        foreach (var entry in index.Entries)
        {
            if (entry.Identifier is not null && !skipped.Contains(entry.Path))
            {
                emitted.Add(entry);
            }
        }

        return emitted;
    }

    /// <summary>Whether an emitted entry has data: it is valid and within the data budget (else its member is a stub).</summary>
    public static bool HasData(IndexedEntry entry, HashSet<string> overBudgetPaths) => entry.IsValid && !overBudgetPaths.Contains(entry.Path);

    /// <summary>Whether entries share files, given how many entries of all collections are emitted.</summary>
    public static bool IsShared(int emittedEntries) => emittedEntries > EntryFiles.SeparateFilesUpTo;

    /// <summary>The shared file of an id.</summary>
    public static int SharedFileOf(string id) => (int)(StableHash.Of(id) % EntryFiles.SharedFilesPerCollection);

    /// <summary>The hint name of a collection's own file: <c>Namespace.Type.g.cs</c>.</summary>
    public static string CollectionHintName(string @namespace, string typeName) => TypePrefix(@namespace, typeName) + ".g.cs";

    /// <summary>The hint name of an entry's own file, from its member name.</summary>
    public static string OwnHintName(string @namespace, string typeName, string identifier) =>
        TypePrefix(@namespace, typeName) + "." + identifier.TrimStart('@') + ".g.cs";

    /// <summary>The hint name of shared file <paramref name="file"/> (<see cref="SharedFileOf"/>); no entry's own file has it, '-' never occurs in a member name.</summary>
    public static string SharedHintName(string @namespace, string typeName, int file) =>
        TypePrefix(@namespace, typeName) + ".Entries-" + file.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    private static string TypePrefix(string @namespace, string typeName) => (@namespace.Length > 0 ? @namespace + "." : string.Empty) + typeName;

    /// <summary>The nested class that holds block <paramref name="block"/>'s data; ids never produce a leading <c>__</c>.</summary>
    public static string BlockName(bool shared, int block, string identifier) =>
        shared ? "__KbBlock" + block.ToString("D2", CultureInfo.InvariantCulture) : "__KbBlock_" + identifier.TrimStart('@');

    /// <summary>Each id's block and place, for ids sorted ordinally.</summary>
    public static List<(int Block, int Number)> Place(IReadOnlyList<string> sortedIds, bool shared)
    {
        var places = new List<(int Block, int Number)>(sortedIds.Count);
        var counts = new int[EntryFiles.SharedFilesPerCollection];
        for (var i = 0; i < sortedIds.Count; i++)
        {
            if (!shared)
            {
                places.Add((i, 0));
                continue;
            }

            var block = SharedFileOf(sortedIds[i]);
            places.Add((block, counts[block]++));
        }

        return places;
    }
}
