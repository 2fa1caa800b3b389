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

    /// <summary>Writes each line of <paramref name="text"/> (written by another writer at depth 0) at this writer's depth.</summary>
    public IndentedWriter WriteLines(string text)
    {
        var lines = text.Split('\n');
        var count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            WriteLine(lines[i]);
        }

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
