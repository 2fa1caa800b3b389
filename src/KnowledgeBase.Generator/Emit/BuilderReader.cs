using System;
using System.IO;
using System.Text;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Reads a <see cref="StringBuilder"/> without making a string of it, so Roslyn can copy a large generated file into
/// its chunked text (<c>SourceText.From(TextReader, int, ...)</c>) instead of it being one string on the large
/// object heap. The builder must not change while it is read.
/// </summary>
internal sealed class BuilderReader(StringBuilder builder) : TextReader
{
    private int position;

    public override int Peek() => position < builder.Length ? builder[position] : -1;

    public override int Read() => position < builder.Length ? builder[position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, builder.Length - position);
        if (read <= 0)
        {
            return 0;
        }

        builder.CopyTo(position, buffer, index, read);
        position += read;
        return read;
    }

    public override string ReadToEnd()
    {
        var rest = builder.ToString(position, builder.Length - position);
        position = builder.Length;
        return rest;
    }
}
