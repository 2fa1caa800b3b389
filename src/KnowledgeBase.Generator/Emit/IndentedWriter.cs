using System;
using System.Text;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generator.Emit;

/// <summary>Writes generated code with four-space indentation and <c>\n</c> line ends, whatever the machine.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder builder = new();
    private int depth;
    private bool atLineStart = true;

    /// <summary>A writer whose first line starts <paramref name="depth"/> levels in.</summary>
    public IndentedWriter(int depth = 0) => this.depth = depth;

    public IndentedWriter Write(string text)
    {
        if (StartText(text.Length > 0))
        {
            builder.Append(text);
        }

        return this;
    }

    /// <summary>
    /// Writes text another writer indented for this one's depth (<see cref="EntryEmitter"/>'s members), at a line
    /// start; the line stays open when the text does not end one.
    /// </summary>
    public IndentedWriter WriteIndented(Utf8Text text)
    {
        if (!atLineStart)
        {
            throw new InvalidOperationException("Indented text must start a line.");
        }

        text.AppendTo(builder);
        atLineStart = text.EndsLine;
        return this;
    }

    /// <summary>Writes text kept as UTF-8 (an entry's data) on the current line.</summary>
    public IndentedWriter Write(Utf8Text text)
    {
        if (StartText(!text.IsEmpty))
        {
            text.AppendTo(builder);
        }

        return this;
    }

    /// <summary>
    /// The per-thread writer in <paramref name="kept"/> restarted at <paramref name="depth"/> (<see cref="Scratch"/>
    /// says why), or a new one when there is none or it holds room for more than <paramref name="maxCapacity"/>.
    /// </summary>
    public static IndentedWriter Restarted(ref IndentedWriter? kept, int depth, int maxCapacity)
    {
        if (kept is null || kept.builder.Capacity > maxCapacity)
        {
            kept = new IndentedWriter();
        }

        return kept.Restart(depth);
    }

    /// <summary>Forgets what was written and starts again at <paramref name="depth"/>, so one writer serves entry after entry.</summary>
    public IndentedWriter Restart(int depth)
    {
        builder.Length = 0;
        this.depth = depth;
        atLineStart = true;
        return this;
    }

    public IndentedWriter WriteLine(string text = "")
    {
        Write(text);
        builder.Append('\n');
        atLineStart = true;
        return this;
    }

    /// <summary>Indents a line's first text; false when there is no text (an empty line gets no indentation).</summary>
    private bool StartText(bool any)
    {
        if (!any)
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

    /// <summary>
    /// What was written, as the text the driver keeps: past 40 K characters Roslyn copies it into chunks below the
    /// large object heap, where a string of it would be one more copy, on that heap.
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new BuilderReader(builder), builder.Length, Encoding.UTF8);

    /// <summary>What was written, as UTF-8 (<see cref="Utf8Text"/>).</summary>
    public Utf8Text ToUtf8() => Utf8Text.Of(builder);

    private sealed class Closer(IndentedWriter writer, string closing) : IDisposable
    {
        public void Dispose() => writer.Outdent().WriteLine("}" + closing);
    }
}
