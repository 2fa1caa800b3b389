using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// The set of entries that exist, compared by its sorted pairs; the ids by collection used for look-ups are gathered
/// on first use and take no part in equality.
/// </summary>
internal sealed class KnownIds(EquatableArray<EntryKey> ids) : IEquatable<KnownIds>
{
    // Each collection's ids apart, so a look-up makes no key: every reference of every entry is looked up.
    private Dictionary<string, HashSet<string>>? byCollection;

    public EquatableArray<EntryKey> Ids { get; } = ids;

    public bool Contains(string collectionType, string id) =>
        (byCollection ??= ByCollection(Ids)).TryGetValue(collectionType, out var ids) && ids.Contains(id);

    public IEnumerable<string> IdsOf(string collectionType) =>
        Ids.Where(known => known.CollectionType == collectionType).Select(known => known.Id);

    /// <remarks>The pairs are sorted by type, so each type's come together and its set is found once.</remarks>
    private static Dictionary<string, HashSet<string>> ByCollection(EquatableArray<EntryKey> ids)
    {
        var byCollection = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? collectionType = null;
        HashSet<string>? set = null;
        foreach (var known in ids)
        {
            if (set is null || !string.Equals(known.CollectionType, collectionType, StringComparison.Ordinal))
            {
                collectionType = known.CollectionType;
                if (!byCollection.TryGetValue(collectionType, out set))
                {
                    byCollection.Add(collectionType, set = new HashSet<string>(StringComparer.Ordinal));
                }
            }

            set.Add(known.Id);
        }

        return byCollection;
    }

    public bool Equals(KnownIds? other) => other is not null && Ids.Equals(other.Ids);

    public override bool Equals(object? obj) => Equals(obj as KnownIds);

    public override int GetHashCode() => Ids.GetHashCode();
}
