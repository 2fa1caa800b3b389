using System;
using System.Text;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Emit;

/// <summary>Writes generated code with four-space indentation and <c>\n</c> line ends, whatever the machine.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder builder = new();
    private int depth;
    private bool atLineStart = true;
    private char[]? copy;

    public IndentedWriter Write(string text)
    {
        if (StartText(text.Length))
        {
            builder.Append(text);
        }

        return this;
    }

    /// <summary>Writes what <paramref name="text"/> holds, without making a string of it.</summary>
    public IndentedWriter Write(StringBuilder text)
    {
        if (StartText(text.Length))
        {
            Copy(text);
        }

        return this;
    }

    public IndentedWriter WriteLine(string text = "")
    {
        Write(text);
        builder.Append('\n');
        atLineStart = true;
        return this;
    }

    /// <summary>A writer that starts at this one's depth, for code kept only once it is written whole (<see cref="Append"/>).</summary>
    public IndentedWriter Nested() => new() { depth = depth };

    /// <summary>Forgets what this writer wrote, so one <see cref="Nested"/> writer serves member after member.</summary>
    public void Clear()
    {
        builder.Length = 0;
        atLineStart = true;
    }

    /// <summary>Appends all that <paramref name="nested"/> (from <see cref="Nested"/>) wrote, ending the line it left open.</summary>
    public IndentedWriter Append(IndentedWriter nested)
    {
        Copy(nested.builder);
        if (!nested.atLineStart)
        {
            builder.Append('\n');
        }

        atLineStart = true;
        return this;
    }

    /// <summary>Indents a line's first text; false when there is no text (an empty line gets no indentation).</summary>
    private bool StartText(int length)
    {
        if (length == 0)
        {
            return false;
        }

        if (atLineStart)
        {
            builder.Append(' ', depth * 4);
            atLineStart = false;
        }

        return true;
    }

    /// <summary>
    /// StringBuilder.Append(StringBuilder) is not in netstandard2.0: one small reused buffer, instead of a string
    /// per member or block (a block's would be as long as its file, on the large object heap).
    /// </summary>
    private void Copy(StringBuilder source)
    {
        copy ??= new char[4096];
        for (var start = 0; start < source.Length; start += copy.Length)
        {
            var count = Math.Min(copy.Length, source.Length - start);
            source.CopyTo(start, copy, 0, count);
            builder.Append(copy, 0, count);
        }
    }

    public IndentedWriter Indent()
    {
        depth++;
        return this;
    }

    public IndentedWriter Outdent()
    {
        depth--;
        return this;
    }

    /// <summary>Writes <c>{</c>, indents, and on dispose outdents and writes <c>}</c> plus <paramref name="closing"/>.</summary>
    public IDisposable Block(string closing = "")
    {
        WriteLine("{");
        Indent();
        return new Closer(this, closing);
    }

    public override string ToString() => builder.ToString();

    private sealed class Closer(IndentedWriter writer, string closing) : IDisposable
    {
        public void Dispose() => writer.Outdent().WriteLine("}" + closing);
    }
}
