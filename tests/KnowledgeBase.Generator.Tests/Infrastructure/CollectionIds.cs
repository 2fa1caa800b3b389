using System;
using System.Collections.Generic;
using System.Globalization;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>
/// The ids a generated collection file lists (its id table: what <c>All</c> and <c>TryGet</c> see), read from the
/// table's literal the way <c>KnowledgeBase.Generated.EntryData</c> reads it: a hex count, hex offsets, then the ids.
/// </summary>
internal static class CollectionIds
{
    private const string Marker = "private static global::System.ReadOnlySpan<byte> Ids => \"";

    public static IReadOnlyList<string> Of(string collectionSource)
    {
        var start = collectionSource.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "No id table in the collection's source");
        start += Marker.Length;
        var table = collectionSource[start..collectionSource.IndexOf("\"u8;", start, StringComparison.Ordinal)];
        int Hex(int at) => int.Parse(table.AsSpan(at, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var ids = new List<string>();
        for (var i = 0; i < Hex(0); i++)
        {
            ids.Add(table[Hex(8 * (i + 1))..Hex(8 * (i + 2))]);
        }

        return ids;
    }
}
