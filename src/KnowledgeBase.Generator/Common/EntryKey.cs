using System;

namespace KnowledgeBase.Generator.Common;

/// <summary>
/// How an entry is named across collections in the generator's look-ups: its collection's type and its id. A pair of
/// the strings binding already holds, not a string joined of them: every entry's facts hold a few, kept by the driver.
/// Ordered by type, then id, ordinally.
/// </summary>
internal readonly record struct EntryKey(string CollectionType, string Id) : IComparable<EntryKey>
{
    public int CompareTo(EntryKey other)
    {
        var byType = string.CompareOrdinal(CollectionType, other.CollectionType);
        return byType != 0 ? byType : string.CompareOrdinal(Id, other.Id);
    }
}
