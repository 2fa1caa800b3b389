using System;
using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>A publication that facts are cited from: an article, report, paper, model card or post.</summary>
/// <param name="Title">The title as published.</param>
/// <param name="Publisher">The original publisher (not a reprint's).</param>
/// <param name="Kind">What sort of publication it is.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Authors">The authors, as credited.</param>
/// <param name="Url">Where the original can be read, when there is a stable address.</param>
/// <param name="Identifier">A primary identifier such as an arXiv number or a repository name.</param>
/// <param name="SeenAt">Where the text was actually seen, when that was a reprint or a second-hand report.</param>
/// <param name="Notes">Anything a reader should know about the source.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("sources", Description = "publications facts are cited from", Order = 0)]
public sealed partial record Source(
    [EntryTitle] string Title,
    [Searchable(SearchWeight.Name)] string Publisher,
    SourceKind Kind,
    [PublishedOn] DateOnly? Published = null,
    [Searchable(SearchWeight.Name)] ImmutableArray<string> Authors = default,
    Uri? Url = null,
    [Searchable(SearchWeight.Name)] string? Identifier = null,
    string? SeenAt = null,
    [EntrySummary] string? Notes = null,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Source>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);

/// <summary>What sort of publication a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>An opinion piece or column.</summary>
    Commentary,

    /// <summary>A news report.</summary>
    NewsArticle,

    /// <summary>A research or analyst report.</summary>
    Report,

    /// <summary>A scientific paper or preprint.</summary>
    ResearchPaper,

    /// <summary>A working paper (for example NBER).</summary>
    WorkingPaper,

    /// <summary>A model card or repository README.</summary>
    ModelCard,

    /// <summary>A company's own announcement or blog post.</summary>
    CompanyPost,

    /// <summary>A post on a social network.</summary>
    SocialMediaPost,

    /// <summary>A blog post by an organisation that is not the subject.</summary>
    BlogPost,

    /// <summary>A reference or explainer page.</summary>
    Explainer,
}
