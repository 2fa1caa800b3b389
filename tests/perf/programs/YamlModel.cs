using System;
using System.Collections.Generic;

namespace KnowledgeBase.Perf;

// The schema of src/KnowledgeBase/Schema as plain deserialisable classes: references are ids, as in the YAML.
#pragma warning disable CA1002, CA1056, CA2227, CA1812 // plain data classes for a deserialiser

internal sealed record Knowledge(
    Dictionary<string, Source> Sources,
    Dictionary<string, Actor> Actors,
    Dictionary<string, Topic> Topics,
    Dictionary<string, Event> Events,
    Dictionary<string, Figure> Figures,
    Dictionary<string, Claim> Claims);

internal enum EntryStatus { Current, Disputed, Superseded, Retracted }

internal enum SourceKind { Commentary, NewsArticle, Report, ResearchPaper, WorkingPaper, ModelCard, CompanyPost, SocialMediaPost, BlogPost, Explainer }

internal enum ActorKind { Company, FinancialInstitution, Organisation, Government, Person, AiModel, Project }

internal enum Measure { CapitalSpending, MarketValueChange, SharePriceChange, SharePrice, TrainingCost, Compute, Hardware, ProductivityEstimate, Investment, Count }

internal enum FigureKind { Reported, Estimate, Forecast, Guidance }

internal enum Unit { UsDollars, Percent, GpuHours, Gpus, Parameters, Count }

internal enum Qualifier { Exact, Approximately, AtLeast, AtMost }

internal enum Stance { Supports, Challenges, Neutral }

internal enum RelationKind { Supports, Contradicts, RespondsTo }

internal sealed class Citation
{
    public string Source { get; set; } = "";

    public string? Quote { get; set; }

    public string? Locator { get; set; }
}

internal abstract class Entry
{
    public EntryStatus Status { get; set; }

    public string? SupersededBy { get; set; }

    public string? StatusReason { get; set; }
}

internal sealed class Source : Entry
{
    public string Title { get; set; } = "";

    public string Publisher { get; set; } = "";

    public SourceKind Kind { get; set; }

    public DateOnly? Published { get; set; }

    public List<string> Authors { get; set; } = [];

    public Uri? Url { get; set; }

    public string? Identifier { get; set; }

    public string? SeenAt { get; set; }

    public string? Notes { get; set; }
}

internal sealed class Actor : Entry
{
    public string Name { get; set; } = "";

    public ActorKind Kind { get; set; }

    public string? Description { get; set; }

    public List<string> Aliases { get; set; } = [];

    public string? Affiliation { get; set; }

    public Uri? Website { get; set; }

    public List<Citation> Citations { get; set; } = [];
}

internal sealed class Topic : Entry
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public List<string> Related { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}

internal sealed class Event : Entry
{
    public DateOnly Date { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public List<string> Actors { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];

    public List<string> Topics { get; set; } = [];
}

internal sealed class ReportedValue
{
    public List<Citation> Citations { get; set; } = [];

    public decimal? Value { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public Qualifier Qualifier { get; set; }

    public string? AsReported { get; set; }
}

internal sealed class Figure : Entry
{
    public string Title { get; set; } = "";

    public Measure Measure { get; set; }

    public FigureKind Kind { get; set; }

    public Unit Unit { get; set; }

    public List<ReportedValue> Values { get; set; } = [];

    public DateOnly? Date { get; set; }

    public string? Period { get; set; }

    public string? Actor { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? Note { get; set; }
}

internal sealed class TopicStance
{
    public string Topic { get; set; } = "";

    public Stance Stance { get; set; }
}

internal sealed class ClaimRelation
{
    public RelationKind Kind { get; set; }

    public string Claim { get; set; } = "";
}

internal sealed class Claim : Entry
{
    public string Statement { get; set; } = "";

    public string HeldBy { get; set; } = "";

    public DateOnly Date { get; set; }

    public List<TopicStance> Topics { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];

    public string? Quote { get; set; }

    public List<ClaimRelation> Relations { get; set; } = [];
}
