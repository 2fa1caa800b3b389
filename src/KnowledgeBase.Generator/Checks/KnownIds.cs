using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// The set of (collection, id) pairs that exist, compared by its sorted keys; the hash set used for
/// look-ups is built on first use and takes no part in equality.
/// </summary>
internal sealed class KnownIds(EquatableArray<string> keys) : IEquatable<KnownIds>
{
    private HashSet<string>? set;

    public EquatableArray<string> Keys { get; } = keys;

    public static string Key(string collectionType, string id) => EntryKey.Of(collectionType, id);

    public bool Contains(string collectionType, string id)
    {
        set ??= new HashSet<string>(Keys, StringComparer.Ordinal);
        return set.Contains(Key(collectionType, id));
    }

    public IEnumerable<string> IdsOf(string collectionType)
    {
        var prefix = collectionType + "\n";
        return Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Select(key => key.Substring(prefix.Length));
    }

    public bool Equals(KnownIds? other) => other is not null && Keys.Equals(other.Keys);

    public override bool Equals(object? obj) => Equals(obj as KnownIds);

    public override int GetHashCode() => Keys.GetHashCode();
}
