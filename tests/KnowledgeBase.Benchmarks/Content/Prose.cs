using System;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Benchmarks.Content;

/// <summary>
/// Deterministic, realistic-looking text for synthetic entries: domain words in sentences of the lengths the
/// real content has, so generated string literals are as long and as unique as real ones would be.
/// </summary>
internal sealed class Prose(int seed)
{
    private static readonly string[] Words =
    [
        "ai", "model", "models", "training", "inference", "compute", "capex", "spending", "investment", "data",
        "centre", "centres", "chips", "gpu", "gpus", "nvidia", "deepseek", "openai", "meta", "microsoft", "alphabet",
        "amazon", "stargate", "scale", "scaling", "laws", "reasoning", "reinforcement", "learning", "distillation",
        "mixture", "experts", "open", "weights", "source", "licence", "market", "value", "shares", "fell", "rose",
        "record", "loss", "gain", "billion", "trillion", "percent", "quarter", "fiscal", "year", "guidance",
        "estimate", "forecast", "analysts", "investors", "economists", "productivity", "growth", "output", "tasks",
        "automation", "labour", "wages", "returns", "costs", "cheaper", "efficient", "efficiency", "frontier",
        "benchmark", "benchmarks", "parameters", "tokens", "context", "chatbot", "chatbots", "agents", "cloud",
        "revenue", "earnings", "call", "report", "paper", "preprint", "release", "released", "announced", "plans",
        "plan", "build", "built", "power", "energy", "grid", "export", "controls", "china", "united", "states",
        "policy", "regulation", "competition", "moment", "sputnik", "bubble", "valuation", "valuations", "demand",
        "supply", "memory", "bandwidth", "cluster", "clusters", "hours", "dense", "sparse", "activated", "total",
        "research", "lab", "labs", "startup", "startups", "firms", "companies", "industry", "sector", "index",
        "nasdaq", "stocks", "sell-off", "rally", "debate", "question", "questions", "evidence", "claim", "argues",
        "says", "said", "reported", "according", "estimated", "roughly", "about", "nearly", "more", "than", "less",
        "largest", "smallest", "first", "second", "new", "old", "direction", "alternative", "alternatives",
        "foundation", "diffusion", "chain", "thought", "fine-tuning", "supervised", "pretraining", "post-training",
        "evaluation", "safety", "alignment", "hardware", "software", "stack", "ecosystem", "platform", "users",
    ];

    private static readonly string[] Glue = ["the", "of", "and", "in", "to", "a", "for", "on", "with", "that", "by", "as"];

    private static readonly string[] Marks = ["’s", " “so-called”", " (est.)", " — reportedly", " 17%", " $593.7 billion", " US$1 trillion"];

    private readonly Random random = new(seed);

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public bool Chance(int percent) => random.Next(100) < percent;

    public T Pick<T>(T[] items) => items[random.Next(items.Length)];

    public string Word() => Words[random.Next(Words.Length)];

    /// <summary>Words joined by '-', for ids; never a digit, so a numeric suffix keeps ids unique.</summary>
    public string Slug(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append('-');
            }

            builder.Append(Word());
        }

        return builder.ToString();
    }

    /// <summary>A headline of about <paramref name="length"/> characters, capitalised, no trailing stop.</summary>
    public string Headline(int length) => Capitalise(Run(length, marks: false));

    /// <summary>Sentences totalling about <paramref name="length"/> characters, with the odd typographic mark.</summary>
    public string Paragraph(int length)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var sentence = Math.Min(length - builder.Length + 10, Between(60, 140));
            builder.Append(Capitalise(Run(sentence, marks: true))).Append('.');
        }

        return builder.ToString();
    }

    /// <summary>A person's name built from two capitalised words.</summary>
    public string Name() => Capitalise(Word()) + " " + Capitalise(Word());

    public string Date(int firstYear = 2023, int lastYear = 2025) =>
        new DateOnly(Between(firstYear, lastYear), Between(1, 12), Between(1, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Run(int length, bool marks)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Chance(30) ? Glue[random.Next(Glue.Length)] : Word());
            if (marks && Chance(4))
            {
                builder.Append(Marks[random.Next(Marks.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
