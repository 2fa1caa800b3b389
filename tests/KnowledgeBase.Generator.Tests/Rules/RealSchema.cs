using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>
/// The real schema (src/KnowledgeBase/Schema/*.cs, with its rule attributes) and a small valid content set for it,
/// so each rule test breaks one thing and sees exactly the diagnostic that thing deserves.
/// </summary>
internal static class RealSchema
{
    /// <summary>A complete, valid content set: every entry cited, dated consistently, every actor and topic used.</summary>
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sources/a-report.yaml"] = """
            title: A report
            publisher: A publisher
            kind: report
            published: 2025-01-28
            """,
        ["sources/undated-post.yaml"] = """
            title: An undated post
            publisher: A blog
            kind: blog-post
            """,
        ["actors/an-actor.yaml"] = """
            name: An actor
            kind: company
            """,
        ["topics/a-topic.yaml"] = """
            name: A topic
            description: What it is about.
            """,
        ["events/an-event.yaml"] = """
            date: 2025-01-27
            title: Something happened
            summary: It happened on the day.
            actors:
              - an-actor
            topics:
              - a-topic
            citations:
              - source: a-report
                quote: It happened
            """,
        ["figures/a-figure.yaml"] = """
            title: A loss
            measure: market-value-change
            kind: reported
            unit: us-dollars
            date: 2025-01-27
            actor: an-actor
            values:
              - value: -589
                citations:
                  - source: a-report
            """,
        ["claims/a-claim.yaml"] = """
            statement: Scale is not all you need.
            heldBy: an-actor
            date: 2025-01-27
            topics:
              - topic: a-topic
                stance: challenges
            citations:
              - source: a-report
                locator: paragraph 2
            quote: Scale is not all you need
            """,
    };

    private static readonly Lazy<string[]> Sources = new(() =>
        [.. Directory.GetFiles(SchemaFolder(), "*.cs").OrderBy(path => path, StringComparer.Ordinal).Select(File.ReadAllText)]);

    /// <summary>A harness over the real schema and the valid content with <paramref name="changes"/> applied (null text removes a file).</summary>
    public static GeneratorHarness Harness(params (string Path, string? Text)[] changes)
    {
        var content = new Dictionary<string, string>(Valid, StringComparer.Ordinal);
        foreach (var (path, text) in changes)
        {
            if (text is null)
            {
                content.Remove(path);
            }
            else
            {
                content[path] = text;
            }
        }

        var harness = GeneratorHarness.Create(Sources.Value[0], [.. content.OrderBy(file => file.Key, StringComparer.Ordinal).Select(file => (file.Key, file.Value))]);
        foreach (var source in Sources.Value.Skip(1))
        {
            harness.AddCSharp(source);
        }

        return harness;
    }

    public static GeneratorResult Run(params (string Path, string? Text)[] changes) => Harness(changes).Run();

    /// <summary>The valid text of <paramref name="path"/> with <paramref name="oldText"/> replaced, which must occur in it.</summary>
    public static (string Path, string? Text) Edit(string path, string oldText, string newText)
    {
        var text = Valid[path];
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return (path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>
    /// The run reported exactly the diagnostics <paramref name="expected"/>, each given as
    /// <c>"KB0020 Error events/an-event.yaml(7,1)"</c> (1-based line and column); returns their messages.
    /// </summary>
    public static string[] AssertDiagnostics(GeneratorResult result, params string[] expected)
    {
        var actual = result.FormattedDiagnostics;
        var heads = actual.Select(line => line[..line.IndexOf("): ", StringComparison.Ordinal)] + ")").ToArray();
        Assert.True(
            heads.OrderBy(head => head, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(head => head, StringComparer.Ordinal)),
            "Expected:\n" + string.Join("\n", expected) + "\nActual:\n" + string.Join("\n", actual));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Location == Location.None);
        return [.. result.Diagnostics.Select(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture))];
    }

    private static string SchemaFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "KnowledgeBase", "Schema"));
}
