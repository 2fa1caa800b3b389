using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using KnowledgeBase.Editor.Tests.Infrastructure;

namespace KnowledgeBase.Editor.Tests;

/// <summary>Real content files with exactly one mistake each, the kinds of mistake a content editor makes.</summary>
internal static class OneErrorCopies
{
    private const string Event = "content/events/deepseek-r1-release.yaml";
    private const string Actor = "content/actors/deepseek.yaml";

    public static IReadOnlyDictionary<string, (string Path, string Text)> All { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["unknown-key"] = Edit(Event, "title: DeepSeek releases DeepSeek-R1\n", "title: DeepSeek releases DeepSeek-R1\nheadline: DeepSeek-R1 is out\n"),
        ["missing-required-field"] = Edit(Event, "title: DeepSeek releases DeepSeek-R1\n", string.Empty),
        ["bad-enum-value"] = Edit(Actor, "kind: company\n", "kind: corporation\n"),
        ["impossible-date"] = Edit(Event, "date: 2025-01-20\n", "date: 2025-13-20\n"),
        ["wrong-type"] = Edit(Event, "title: DeepSeek releases DeepSeek-R1\n", "title: [DeepSeek, R1]\n"),
        ["empty-citations"] = Between(Event, "citations:\n", "topics:\n", "citations: []\n"),
        ["over-long-quote"] = Edit(Event, "quote: After the release of DeepSeek-R1 on Jan 20\n", "quote: " + new string('x', MaxQuoteLength() + 1) + "\n"),
        ["dangling-reference"] = Edit(Event, "  - deepseek-r1\n", "  - deepseek-r2\n"),
    };

    /// <summary>The committed file at <paramref name="path"/> with <paramref name="oldText"/> (which must occur once) replaced.</summary>
    public static (string Path, string Text) Edit(string path, string oldText, string newText)
    {
        var text = Read(path);
        if (text.IndexOf(oldText, StringComparison.Ordinal) is var at && (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0))
        {
            throw new InvalidOperationException($"{path} no longer holds '{oldText.TrimEnd()}' exactly once; pick another line for this case.");
        }

        return (path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public static string Read(string path) => File.ReadAllText(Path.Combine(Repo.Root, path)).ReplaceLineEndings("\n");

    private static (string Path, string Text) Between(string path, string from, string to, string replacement)
    {
        var text = Read(path);
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start + 1, StringComparison.Ordinal);
        return start < 0 || end < 0
            ? throw new InvalidOperationException($"{path} no longer has '{from.TrimEnd()}' before '{to.TrimEnd()}'.")
            : (path, text[..start] + replacement + text[end..]);
    }

    /// <summary>The quote limit as the schema states it (from <c>[MaxLength]</c> on the citation's quote).</summary>
    private static int MaxQuoteLength() =>
        (int)JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Content, ".schemas", "events.schema.json")))!["definitions"]!["Citation"]!["properties"]!["quote"]!["maxLength"]!;
}
