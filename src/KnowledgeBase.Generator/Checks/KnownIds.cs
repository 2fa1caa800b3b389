using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// The set of (collection, id) pairs that exist, compared by its sorted keys; the ids by collection used for
/// look-ups are gathered on first use and take no part in equality.
/// </summary>
internal sealed class KnownIds(EquatableArray<string> keys) : IEquatable<KnownIds>
{
    // Each collection's ids apart, so a look-up makes no key: every reference of every entry is looked up.
    private Dictionary<string, HashSet<string>>? byCollection;

    public EquatableArray<string> Keys { get; } = keys;

    public static string Key(string collectionType, string id) => EntryKey.Of(collectionType, id);

    public bool Contains(string collectionType, string id) =>
        (byCollection ??= ByCollection(Keys)).TryGetValue(collectionType, out var ids) && ids.Contains(id);

    public IEnumerable<string> IdsOf(string collectionType)
    {
        var prefix = collectionType + "\n";
        return Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Select(key => key.Substring(prefix.Length));
    }

    /// <remarks>
    /// A key is the collection type, a line break and the id (<see cref="EntryKey"/>); a type, a C# name, holds none.
    /// The keys are sorted, so each type's keys come together and its name is cut out once.
    /// </remarks>
    private static Dictionary<string, HashSet<string>> ByCollection(EquatableArray<string> keys)
    {
        var byCollection = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? collectionType = null;
        HashSet<string>? ids = null;
        foreach (var key in keys)
        {
            var separator = key.IndexOf('\n');
            if (ids is null || separator != collectionType!.Length || string.CompareOrdinal(key, 0, collectionType, 0, separator) != 0)
            {
                collectionType = key.Substring(0, separator);
                if (!byCollection.TryGetValue(collectionType, out ids))
                {
                    byCollection.Add(collectionType, ids = new HashSet<string>(StringComparer.Ordinal));
                }
            }

            ids.Add(key.Substring(separator + 1));
        }

        return byCollection;
    }

    public bool Equals(KnownIds? other) => other is not null && Keys.Equals(other.Keys);

    public override bool Equals(object? obj) => Equals(obj as KnownIds);

    public override int GetHashCode() => Keys.GetHashCode();
}
