using System;

namespace KnowledgeBase.Catalog;

/// <summary>
/// Names one entry across every collection. Ids are unique only within a collection (the source and the event
/// <c>amazon-q4-2024-earnings-call</c> share one), so the catalog keys entries by collection and id together.
/// </summary>
/// <param name="Collection">The collection's content folder, for example <c>events</c>.</param>
/// <param name="Id">The entry's id within that collection.</param>
public readonly record struct EntryKey(string Collection, string Id) : IComparable<EntryKey>
{
    /// <summary>The key as <c>collection/id</c>, the form the command line accepts.</summary>
    public override string ToString() => Collection + "/" + Id;

    /// <summary>Orders keys by collection, then id (ordinal), so output is stable.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns>The ordinal order of the two keys.</returns>
    public int CompareTo(EntryKey other)
    {
        var byCollection = string.CompareOrdinal(Collection, other.Collection);
        return byCollection != 0 ? byCollection : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Orders two keys.</summary>
    public static bool operator <(EntryKey left, EntryKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders two keys.</summary>
    public static bool operator >(EntryKey left, EntryKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders two keys.</summary>
    public static bool operator <=(EntryKey left, EntryKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two keys.</summary>
    public static bool operator >=(EntryKey left, EntryKey right) => left.CompareTo(right) >= 0;
}
