using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KnowledgeBase.Benchmarks.Content;

/// <summary>One content file: its path below the content root (<c>events/x.yaml</c>) and its YAML.</summary>
internal sealed record ContentFile(string Path, string Text);

/// <summary>
/// Synthetic content of realistic shape for the real schema (src/KnowledgeBase/Schema): sources, actors, topics,
/// events, figures and claims in the proportions of a grown knowledge base, each with citations and references
/// to other entries, text as long as the real entries' text. Deterministic for a given count. It obeys the
/// content rules (README "Content rules") so that it builds clean: sources are published in 2025 and every
/// dated entry is dated before (KB0023); every actor and topic is used round-robin first (KB0028);
/// replacements only point forward (KB0026); percentages stay in range and ranges ascend (KB0029, KB0031).
/// </summary>
internal sealed class SyntheticContent
{
    private static readonly (string Folder, int Percent)[] Shares =
        [("sources", 25), ("actors", 15), ("topics", 5), ("events", 15), ("figures", 20), ("claims", 20)];

    private static readonly string[] SourceKinds =
        ["commentary", "news-article", "report", "research-paper", "working-paper", "model-card", "company-post", "social-media-post", "blog-post", "explainer"];

    private static readonly string[] ActorKinds = ["company", "financial-institution", "organisation", "government", "person", "ai-model", "project"];
    private static readonly string[] Measures = ["capital-spending", "market-value-change", "share-price-change", "share-price", "training-cost", "compute", "hardware", "productivity-estimate", "investment", "count"];
    private static readonly string[] FigureKinds = ["reported", "estimate", "forecast", "guidance"];
    private static readonly string[] Units = ["us-dollars", "percent", "gpu-hours", "gpus", "parameters", "count"];
    private static readonly string[] Qualifiers = ["approximately", "at-least", "at-most"];
    private static readonly string[] Stances = ["supports", "challenges", "neutral"];
    private static readonly string[] Relations = ["supports", "contradicts", "responds-to"];
    private static readonly string[] Publishers = ["CNBC", "Reuters", "Financial Times", "Bloomberg", "Project Syndicate", "Goldman Sachs", "arXiv", "The Verge", "NBER"];
    private static readonly string[] Locators = ["paragraph 3", "p. 12", "section 3.2", "table 1", "1. Introduction", "abstract", "slide 7"];

    private readonly Prose prose;
    private readonly Dictionary<string, List<string>> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> cursors = new(StringComparer.Ordinal);

    /// <summary>Entries of every other collection when one holds them all: enough for its references to resolve.</summary>
    private const int BesideSingle = 10;

    private SyntheticContent(int count, int seed, string? single)
    {
        if (single is not null && !Shares.Any(share => share.Folder == single))
        {
            throw new ArgumentException("no collection '" + single + "'", nameof(single));
        }

        prose = new Prose(seed);
        var index = 0;
        foreach (var (folder, percent) in Shares)
        {
            var share = single is null ? Math.Max(1, (int)Math.Round(count * percent / 100.0))
                : folder == single ? count : BesideSingle;
            var list = new List<string>(share);
            for (var i = 0; i < share; i++)
            {
                list.Add(prose.Slug(3) + "-" + (index++).ToString(CultureInfo.InvariantCulture));
            }

            ids[folder] = list;
        }

        ProbeId = ids["events"][ids["events"].Count / 2];
    }

    /// <summary>The event a time-to-first-fact program prints: always current, in the middle of its collection.</summary>
    public string ProbeId { get; }

    /// <summary>The probe event's title, to check the program printed the right fact.</summary>
    public string ProbeTitle { get; private set; } = "";

    public IReadOnlyList<ContentFile> Files { get; private set; } = [];

    public int Count => Files.Count;

    /// <summary>
    /// About <paramref name="count"/> entries (every collection gets at least one); with <paramref name="single"/>,
    /// exactly <paramref name="count"/> in that collection and a few in each other.
    /// </summary>
    public static SyntheticContent Create(int count, int seed = 20250127, string? single = null)
    {
        var content = new SyntheticContent(count, seed, single);
        content.Files = content.Build();
        return content;
    }

    /// <summary>Writes the files below <paramref name="root"/> (which must not exist or be empty).</summary>
    public void WriteTo(string root)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
    }

    private List<ContentFile> Build()
    {
        var files = new List<ContentFile>();
        foreach (var (folder, _) in Shares)
        {
            foreach (var id in ids[folder])
            {
                var text = folder switch
                {
                    "sources" => Source(),
                    "actors" => Actor(id),
                    "topics" => Topic(id),
                    "events" => Event(id),
                    "figures" => Figure(id),
                    _ => Claim(id),
                };
                files.Add(new ContentFile(folder + "/" + id + ".yaml", text));
            }
        }

        return files;
    }

    private string Source()
    {
        var yaml = new YamlText()
            .Scalar("title", prose.Headline(prose.Between(40, 90)))
            .Scalar("publisher", prose.Pick(Publishers))
            .Scalar("kind", prose.Pick(SourceKinds))
            .Scalar("published", prose.Date(2025, 2025));
        if (prose.Chance(80))
        {
            yaml.List("authors", Enumerable.Range(0, prose.Between(1, 3)).Select(_ => prose.Name()));
        }

        if (prose.Chance(70))
        {
            yaml.Scalar("url", "https://example.com/" + prose.Slug(4));
        }

        if (prose.Chance(50))
        {
            yaml.Folded("notes", prose.Paragraph(prose.Between(80, 240)));
        }

        return yaml.ToString();
    }

    private string Actor(string id)
    {
        var yaml = new YamlText()
            .Scalar("name", prose.Name())
            .Scalar("kind", prose.Pick(ActorKinds))
            .Folded("description", prose.Paragraph(prose.Between(100, 260)));
        if (prose.Chance(40))
        {
            yaml.List("aliases", [prose.Name()]);
        }

        if (prose.Chance(40))
        {
            var affiliation = Any("actors");
            if (affiliation != id)
            {
                yaml.Scalar("affiliation", affiliation);
            }
        }

        if (prose.Chance(30))
        {
            yaml.Scalar("website", "https://example.org/" + prose.Slug(2));
        }

        Citations(yaml, 0, prose.Between(1, 2), quotes: false);
        return yaml.ToString();
    }

    private string Topic(string id)
    {
        var yaml = new YamlText()
            .Scalar("name", prose.Headline(prose.Between(10, 30)))
            .Folded("description", prose.Paragraph(prose.Between(200, 500)));
        var related = Distinct("topics", prose.Between(1, 3)).Where(other => other != id).ToList();
        if (related.Count > 0)
        {
            yaml.List("related", related);
        }

        Citations(yaml, 0, prose.Between(1, 3), quotes: false);
        return yaml.ToString();
    }

    private string Event(string id)
    {
        var yaml = new YamlText()
            .Scalar("date", prose.Date(2023, 2024))
            .Scalar("title", Remember(id, prose.Headline(prose.Between(30, 70))))
            .Folded("summary", prose.Paragraph(prose.Between(150, 450)))
            .List("actors", Used("actors", prose.Between(1, 3)));
        Citations(yaml, 0, prose.Between(1, 3), quotes: true);
        yaml.List("topics", Used("topics", prose.Between(1, 3)));
        Status(yaml, id, "events");
        return yaml.ToString();
    }

    private string Figure(string id)
    {
        var unit = prose.Pick(Units);
        var yaml = new YamlText()
            .Scalar("title", prose.Headline(prose.Between(30, 70)))
            .Scalar("measure", prose.Pick(Measures))
            .Scalar("kind", prose.Pick(FigureKinds))
            .Scalar("unit", unit)
            .Scalar("date", prose.Date(2023, 2024))
            .Scalar("actor", Used("actors", 1)[0])
            .List("topics", Used("topics", prose.Between(1, 2)))
            .Key("values");
        var values = prose.Between(1, 3);
        for (var i = 0; i < values; i++)
        {
            var amount = unit == "percent"
                ? (prose.Chance(50) ? -1 : 1) * prose.Between(1, 900) / 10m
                : (prose.Chance(50) ? -1 : 1) * prose.Between(1, 9999) * (decimal)Math.Pow(10, prose.Between(0, 8)) / 10;
            if (prose.Chance(20))
            {
                var other = amount * 1.05m;
                yaml.Item("low", Number(Math.Min(amount, other)), 2).Scalar("high", Number(Math.Max(amount, other)), 4);
            }
            else
            {
                yaml.Item("value", Number(amount), 2);
            }

            if (prose.Chance(40))
            {
                yaml.Scalar("qualifier", prose.Pick(Qualifiers), 4);
            }

            yaml.Scalar("asReported", prose.Headline(prose.Between(10, 30)), 4);
            Citations(yaml, 4, prose.Between(1, 2), quotes: true);
        }

        if (prose.Chance(40))
        {
            yaml.Folded("note", prose.Paragraph(prose.Between(80, 220)));
        }

        Status(yaml, id, "figures");
        return yaml.ToString();
    }

    private string Claim(string id)
    {
        var yaml = new YamlText()
            .Folded("statement", prose.Paragraph(prose.Between(120, 320)))
            .Scalar("heldBy", Used("actors", 1)[0])
            .Scalar("date", prose.Date(2023, 2024))
            .Key("topics");
        foreach (var topic in Used("topics", prose.Between(1, 2)))
        {
            yaml.Item("topic", topic, 2).Scalar("stance", prose.Pick(Stances), 4);
        }

        Citations(yaml, 0, prose.Between(1, 2), quotes: false);
        if (prose.Chance(60))
        {
            yaml.Folded("quote", prose.Paragraph(prose.Between(80, 220)));
        }

        var relations = Distinct("claims", prose.Between(0, 2)).Where(other => other != id).ToList();
        if (relations.Count > 0)
        {
            yaml.Key("relations");
            foreach (var other in relations)
            {
                yaml.Item("kind", prose.Pick(Relations), 2).Scalar("claim", other, 4);
            }
        }

        Status(yaml, id, "claims");
        return yaml.ToString();
    }

    private void Citations(YamlText yaml, int indent, int count, bool quotes)
    {
        yaml.Key("citations", indent);
        foreach (var source in Distinct("sources", count))
        {
            yaml.Item("source", source, indent + 2);
            if (quotes && prose.Chance(70))
            {
                yaml.Folded("quote", prose.Paragraph(prose.Between(60, 180)), indent + 4);
            }

            if (prose.Chance(60))
            {
                yaml.Scalar("locator", prose.Pick(Locators), indent + 4);
            }
        }
    }

    /// <summary>Mostly current; a few disputed; one in a hundred superseded by another entry (never the probe).</summary>
    private void Status(YamlText yaml, string id, string folder)
    {
        if (id == ProbeId)
        {
            return;
        }

        var roll = prose.Next(100);
        if (roll < 5)
        {
            yaml.Scalar("status", "disputed").Folded("statusReason", prose.Paragraph(prose.Between(60, 160)));
        }
        else if (roll == 5)
        {
            // Only a later entry replaces an earlier one, so replacements never form a cycle.
            var list = ids[folder];
            var position = list.IndexOf(id);
            if (position + 1 < list.Count)
            {
                yaml.Scalar("status", "superseded").Scalar("supersededBy", list[prose.Between(position + 1, list.Count - 1)])
                    .Folded("statusReason", prose.Paragraph(prose.Between(60, 160)));
            }
        }
    }

    private string Remember(string id, string title)
    {
        if (id == ProbeId)
        {
            ProbeTitle = title;
        }

        return title;
    }

    /// <summary>References to actors or topics: the next not yet used in turn, then random ones, so each is used.</summary>
    private List<string> Used(string folder, int count)
    {
        var list = ids[folder];
        cursors.TryGetValue(folder, out var cursor);
        cursors[folder] = cursor + 1;
        var first = list[cursor % list.Count];
        return [first, .. Distinct(folder, count - 1).Where(other => other != first)];
    }

    private string Any(string folder) => ids[folder][prose.Next(ids[folder].Count)];

    private List<string> Distinct(string folder, int count) =>
        Enumerable.Range(0, count).Select(_ => Any(folder)).Distinct(StringComparer.Ordinal).ToList();

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
