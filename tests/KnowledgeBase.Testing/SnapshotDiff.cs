using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace KnowledgeBase.Testing;

/// <summary>A unified diff (as <c>git diff</c> prints it), so a CI log alone shows what a snapshot change is.</summary>
public static class SnapshotDiff
{
    private const int ContextLines = 3;

    /// <summary>The unified diff from <paramref name="verified"/> to <paramref name="received"/>, or "" when equal.</summary>
    /// <param name="verified">The accepted text.</param>
    /// <param name="received">The text the test produced.</param>
    /// <param name="verifiedName">The label of the accepted side (the <c>---</c> line).</param>
    /// <param name="receivedName">The label of the produced side (the <c>+++</c> line).</param>
    /// <param name="maxLines">Lines of diff body kept before the rest is summarised.</param>
    /// <returns>The diff text, ending in a newline.</returns>
    public static string Unified(string verified, string received, string verifiedName, string receivedName, int maxLines = 400)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(received);
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        // The final newline ends the last line; left in, the chunker would report an empty line after it.
        var diff = Differ.Instance.CreateDiffs(TrimFinalNewline(verified), TrimFinalNewline(received), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        if (diff.DiffBlocks.Count == 0)
        {
            return "--- " + verifiedName + "\n+++ " + receivedName + "\n(only line ends or the final newline differ)\n";
        }

        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").Append(verifiedName).Append('\n');
        output.Append("+++ ").Append(receivedName).Append('\n');
        var written = 0;
        var blocks = diff.DiffBlocks;
        var index = 0;
        while (index < blocks.Count)
        {
            // One hunk takes in every following block whose context would touch or overlap this one's.
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[index].DeleteStartA - ContextLines);
            var newStart = Math.Max(0, blocks[index].InsertStartB - ContextLines);
            var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + ContextLines);
            var newEnd = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + ContextLines);
            output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldEnd)} +{Range(newStart, newEnd)} @@\n");

            var position = oldStart;
            foreach (var block in blocks.Skip(index).Take(last - index + 1))
            {
                for (; position < block.DeleteStartA; position++)
                {
                    output.Append(' ').Append(oldLines[position]).Append('\n');
                }

                for (var line = 0; line < block.DeleteCountA; line++)
                {
                    output.Append('-').Append(oldLines[block.DeleteStartA + line]).Append('\n');
                }

                for (var line = 0; line < block.InsertCountB; line++)
                {
                    output.Append('+').Append(newLines[block.InsertStartB + line]).Append('\n');
                }

                position = block.DeleteStartA + block.DeleteCountA;
            }

            for (; position < oldEnd; position++)
            {
                output.Append(' ').Append(oldLines[position]).Append('\n');
            }

            index = last + 1;
            written = CountLines(output);
            if (written > maxLines && index < blocks.Count)
            {
                output.Append(CultureInfo.InvariantCulture, $"... {blocks.Count - index} more changed region(s) not shown; see the received file.\n");
                break;
            }
        }

        return output.ToString();
    }

    private static string TrimFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;

    // Unified diff ranges are 1-based "start,count"; an empty range names the line before it.
    private static string Range(int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{(end > start ? start + 1 : start)},{end - start}");

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }
}
