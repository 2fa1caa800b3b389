using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Authoring.JsonSchemas;

/// <summary>One entry an editor may refer to: its collection folder, id and one-line title.</summary>
/// <param name="Folder">The collection's folder, for example <c>actors</c>.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="Title">What completion shows beside the id; null when the entry has none.</param>
public sealed record EntryId(string Folder, string Id, string? Title);

/// <summary>
/// The ids each collection holds, so the schemas can list them where a field refers to that collection: the editor
/// then completes ids and flags an unknown one while typing. Past <see cref="ListLimit"/> ids in one collection the
/// schema falls back to the id pattern (see README "Editor support").
/// </summary>
public sealed class EntryIds
{
    /// <summary>
    /// The most ids listed for one target collection. Measured with yaml-language-server 2.0.0 (README "Editor support"):
    /// completion over 2,000 listed ids answers in about a tenth of a second, over 10,000 in one and a half seconds
    /// (too slow while typing), and with 50,000 the server did not get the schema loaded within 90 seconds.
    /// </summary>
    public const int ListLimit = 2000;

    private readonly Dictionary<string, IReadOnlyList<EntryId>>? byFolder;

    private EntryIds(Dictionary<string, IReadOnlyList<EntryId>>? byFolder) => this.byFolder = byFolder;

    /// <summary>No ids known: every reference is checked by the id pattern only.</summary>
    public static EntryIds None { get; } = new(null);

    /// <summary>Every entry of every collection; a collection with no entry here has none, so nothing can refer to it.</summary>
    /// <param name="entries">The entries, in any order; a repeated folder and id counts once.</param>
    /// <returns>The ids, sorted by id (ordinal) within each folder.</returns>
    public static EntryIds Of(IEnumerable<EntryId> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byFolder = entries
            .GroupBy(entry => entry.Folder, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<EntryId>)group.DistinctBy(entry => entry.Id, StringComparer.Ordinal).OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        return new EntryIds(byFolder);
    }

    /// <summary>The ids of the collection in <paramref name="folder"/>, sorted; null when ids are not known at all.</summary>
    /// <param name="folder">The collection's folder.</param>
    /// <returns>The ids, empty when the collection has no entries, or null.</returns>
    public IReadOnlyList<EntryId>? InFolder(string folder) =>
        byFolder is null ? null : byFolder.GetValueOrDefault(folder) ?? [];
}
