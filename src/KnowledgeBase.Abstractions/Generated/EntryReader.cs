using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Generated;

/// <summary>
/// Reads one entry's values from the UTF-8 data the generator compiles in (see <see cref="EntryData"/> for the
/// format). Generated code calls it, one read per field in constructor order; nothing else should.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct EntryReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    /// <summary>Starts reading entry <paramref name="entry"/> of a block of entries.</summary>
    /// <param name="block">A block: its entry count and offsets, then the entries.</param>
    /// <param name="entry">The entry's number within the block.</param>
    public EntryReader(ReadOnlySpan<byte> block, int entry)
    {
        data = block;
        position = EntryData.Hex(block, EntryData.HexWidth * (entry + 1));
    }

    /// <summary>Reads <c>1</c> or <c>0</c>: a bool, or whether an optional value follows.</summary>
    /// <returns>The flag.</returns>
    public bool ReadBool() => data[position++] == (byte)'1';

    /// <summary>Reads a count, an enum member's index or a mask of present fields.</summary>
    /// <returns>The number.</returns>
    public int ReadCount() => checked((int)ReadWhole());

    /// <summary>Reads an <see cref="int"/>.</summary>
    /// <returns>The number.</returns>
    public int ReadInt32() => checked((int)ReadWhole());

    /// <summary>Reads a <see cref="long"/>.</summary>
    /// <returns>The number.</returns>
    public long ReadInt64() => ReadWhole();

    /// <summary>Reads a <see cref="decimal"/>, keeping the scale it was written with (<c>1.50</c> stays <c>1.50</c>).</summary>
    /// <returns>The number.</returns>
    public decimal ReadDecimal() => decimal.Parse(Token(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Reads a <see cref="double"/>.</summary>
    /// <returns>The number.</returns>
    public double ReadDouble() => double.Parse(Token(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Reads a date written <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The date.</returns>
    public DateOnly ReadDate()
    {
        var text = data.Slice(position, 10);
        position += 10;
        return new DateOnly(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));
    }

    /// <summary>Reads an absolute URI.</summary>
    /// <returns>The URI.</returns>
    public Uri ReadUri() => new(ReadString());

    /// <summary>Reads a string: its UTF-8 length, <c>:</c> and its bytes; or, for text UTF-8 cannot hold, <c>~</c> and UTF-16 code units.</summary>
    /// <returns>The text.</returns>
    public string ReadString()
    {
        var length = 0;
        byte mark;
        while ((mark = data[position++]) is >= (byte)'0' and <= (byte)'9')
        {
            length = checked((length * 10) + (mark - '0'));
        }

        if (mark == (byte)':')
        {
            var text = Encoding.UTF8.GetString(data.Slice(position, length));
            position += length;
            return text;
        }

        // '~': a lone surrogate, which no UTF-8 holds, so each code unit is four hex digits.
        var units = new char[length];
        for (var i = 0; i < length; i++)
        {
            units[i] = (char)EntryData.Hex(data.Slice(position, 4), 0, 4);
            position += 4;
        }

        return new string(units);
    }

    private ReadOnlySpan<byte> Token()
    {
        var end = data[position..].IndexOf((byte)';');
        var token = data.Slice(position, end);
        position += end + 1;
        return token;
    }

    private long ReadWhole() => long.Parse(Token(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var digit in text)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
