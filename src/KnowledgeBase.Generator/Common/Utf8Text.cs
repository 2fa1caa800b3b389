using System;
using System.Text;

namespace KnowledgeBase.Generator.Common;

/// <summary>
/// Text kept as UTF-8, compared by its bytes: half the memory of a string for the mostly ASCII code the driver keeps
/// for every entry between runs (<see cref="EntryCode"/>), which each collection of a cold run copies.
/// </summary>
internal sealed class Utf8Text : IEquatable<Utf8Text>
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>One buffer per thread for the characters on their way in or out.</summary>
    [ThreadStatic]
    private static char[]? buffer;

    private readonly byte[] bytes;

    private Utf8Text(byte[] bytes) => this.bytes = bytes;

    /// <summary>What <paramref name="text"/> holds, without making a string of it.</summary>
    public static Utf8Text Of(StringBuilder text)
    {
        var chars = Buffer(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        var bytes = new byte[Encoding.GetByteCount(chars, 0, text.Length)];
        Encoding.GetBytes(chars, 0, text.Length, bytes, 0);
        return new Utf8Text(bytes);
    }

    /// <summary>Appends the text to <paramref name="builder"/>.</summary>
    public void AppendTo(StringBuilder builder)
    {
        var chars = Buffer(bytes.Length);
        builder.Append(chars, 0, Encoding.GetChars(bytes, 0, bytes.Length, chars, 0));
    }

    public bool IsEmpty => bytes.Length == 0;

    /// <summary>Whether the text ends a line (its last character is <c>\n</c>).</summary>
    public bool EndsLine => bytes.Length > 0 && bytes[bytes.Length - 1] == (byte)'\n';

    public bool Equals(Utf8Text? other) => other is not null && bytes.AsSpan().SequenceEqual(other.bytes);

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    public override int GetHashCode()
    {
        var hash = unchecked((int)2166136261);
        foreach (var value in bytes)
        {
            hash = unchecked((hash ^ value) * 16777619);
        }

        return hash;
    }

    public override string ToString() => Encoding.GetString(bytes);

    /// <summary>A buffer of at least <paramref name="length"/> characters; UTF-8 never has more characters than bytes.</summary>
    private static char[] Buffer(int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 4096)];
        }

        return buffer;
    }
}
