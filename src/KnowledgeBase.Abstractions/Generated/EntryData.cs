using System;
using System.ComponentModel;

namespace KnowledgeBase.Generated;

/// <summary>
/// The tables the generator compiles beside each collection, and how to read them. Everything is UTF-8 text, so
/// each table is one <c>"..."u8</c> literal (an RVA field: no string heap, no per-entry metadata):
/// <list type="bullet">
/// <item>a block of entries: their count and each entry's byte offset as eight hex digits, then the entries, each
/// a sequence of values in constructor order (<see cref="EntryReader"/>);</item>
/// <item>the id table: the count and <c>count + 1</c> byte offsets as eight hex digits, then the ids, sorted
/// ordinally (ids are ASCII, so byte order is <see cref="string.CompareOrdinal(string, string)"/> order);</item>
/// <item>the place table: for each id in that order, its block and its number within the block, four hex digits each.</item>
/// </list>
/// Generated code calls these; nothing else should.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EntryData
{
    /// <summary>Hex digits of a count or an offset.</summary>
    public const int HexWidth = 8;

    /// <summary>The number of entries of a block or of ids of an id table.</summary>
    /// <param name="table">The block or table.</param>
    /// <returns>The count.</returns>
    public static int Count(ReadOnlySpan<byte> table) => Hex(table, 0);

    /// <summary>The id at <paramref name="index"/> of an id table.</summary>
    /// <param name="ids">The id table.</param>
    /// <param name="index">The index, in id order.</param>
    /// <returns>The id.</returns>
    public static string IdAt(ReadOnlySpan<byte> ids, int index)
    {
        var start = Hex(ids, HexWidth * (index + 1));
        return System.Text.Encoding.ASCII.GetString(ids[start..Hex(ids, HexWidth * (index + 2))]);
    }

    /// <summary>Finds <paramref name="id"/> in an id table by binary search, without decoding any id.</summary>
    /// <param name="ids">The id table.</param>
    /// <param name="id">The id sought.</param>
    /// <returns>Its index, or -1.</returns>
    public static int Find(ReadOnlySpan<byte> ids, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int low = 0, high = Count(ids) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var start = Hex(ids, HexWidth * (middle + 1));
            var order = Compare(ids[start..Hex(ids, HexWidth * (middle + 2))], id);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>The block that holds the entry at <paramref name="index"/> of a place table.</summary>
    /// <param name="places">The place table.</param>
    /// <param name="index">The entry's index, in id order.</param>
    /// <returns>The block's number.</returns>
    public static int BlockOf(ReadOnlySpan<byte> places, int index) => Hex(places, 8 * index, 4);

    /// <summary>The entry's number within its block (<see cref="BlockOf"/>).</summary>
    /// <param name="places">The place table.</param>
    /// <param name="index">The entry's index, in id order.</param>
    /// <returns>Its number within the block.</returns>
    public static int NumberOf(ReadOnlySpan<byte> places, int index) => Hex(places, (8 * index) + 4, 4);

    /// <summary>Reads <paramref name="width"/> hex digits at <paramref name="start"/>.</summary>
    /// <param name="data">The data.</param>
    /// <param name="start">Where the digits start.</param>
    /// <param name="width">How many digits.</param>
    /// <returns>The number.</returns>
    public static int Hex(ReadOnlySpan<byte> data, int start, int width = HexWidth)
    {
        var value = 0;
        foreach (var digit in data.Slice(start, width))
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : digit - 'a' + 10);
        }

        return value;
    }

    /// <summary>Ordinal comparison of ASCII bytes with a string; a character past ASCII sorts after every id byte.</summary>
    private static int Compare(ReadOnlySpan<byte> left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var difference = left[i] - right[i];
            if (difference != 0)
            {
                return difference;
            }
        }

        return left.Length - right.Length;
    }
}
