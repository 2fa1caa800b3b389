using System;
using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Cli.Output;

/// <summary>Word-wrapping for prose fields, so long summaries stay readable on a terminal.</summary>
internal static class TextLayout
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces
    /// (a longer word gets a line of its own); with no width, returns the text as one line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int? width)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (width is not { } limit || flat.Length <= limit)
        {
            return [flat];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in flat.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > limit)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>), or an empty string.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An enum member as the YAML spells it.</summary>
    public static string Name(EntryStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
