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
        if (text.Length == 0)
        {
            return this;
        }

        if (atLineStart)
        {
            builder.Append(' ', depth * 4);
            atLineStart = false;
        }

        builder.Append(text);
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

    /// <summary>Appends all that <paramref name="nested"/> (from <see cref="Nested"/>) wrote, ending the line it left open.</summary>
    public IndentedWriter Append(IndentedWriter nested)
    {
        // StringBuilder.Append(StringBuilder) is not in netstandard2.0; one reused buffer instead of a string per member.
        var length = nested.builder.Length;
        if (copy is null || copy.Length < length)
        {
            copy = new char[Math.Max(length, 4096)];
        }

        nested.builder.CopyTo(0, copy, 0, length);
        builder.Append(copy, 0, length);
        if (!nested.atLineStart)
        {
            builder.Append('\n');
        }

        atLineStart = true;
        return this;
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
