using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Authoring.Tests.Differential;

/// <summary>
/// Line edits of a content file's top-level keys (a key at column 0 and the indented lines below it), enough to
/// break a real entry in one place without re-serialising it, so everything else stays byte for byte as committed.
/// </summary>
internal static class TopLevelKeys
{
    public static bool Has(string yaml, string key) => Find(Lines(yaml), key) is not null;

    /// <summary>The value written after <c>key:</c> on its own line (empty for a block).</summary>
    public static string Value(string yaml, string key)
    {
        var lines = Lines(yaml);
        var (start, _) = Find(lines, key) ?? throw new ArgumentException($"No top-level key '{key}'.", nameof(key));
        return lines[start][(key.Length + 1)..].Trim();
    }

    /// <summary><paramref name="yaml"/> with <paramref name="key"/>'s block replaced by <c>key: value</c>, or that line added.</summary>
    public static string Set(string yaml, string key, string value)
    {
        var lines = Lines(yaml);
        var line = value.Length == 0 ? key + ":" : key + ": " + value;
        if (Find(lines, key) is not var (start, end))
        {
            return string.Join("\n", [.. lines.Where(text => text.Length > 0), line]) + "\n";
        }

        lines.RemoveRange(start, end - start);
        lines.Insert(start, line);
        return string.Join("\n", lines);
    }

    public static string Remove(string yaml, string key)
    {
        var lines = Lines(yaml);
        if (Find(lines, key) is var (start, end))
        {
            lines.RemoveRange(start, end - start);
        }

        return string.Join("\n", lines);
    }

    private static List<string> Lines(string yaml) => [.. yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    private static (int Start, int End)? Find(List<string> lines, string key)
    {
        var start = lines.FindIndex(line => line.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Count && lines[end].Length > 0 && (lines[end][0] == ' ' || lines[end][0] == '-'))
        {
            end++;
        }

        return (start, end);
    }
}
