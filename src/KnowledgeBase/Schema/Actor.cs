using System;
using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>Someone or something that acts in the debate: an organisation, a person or an AI model.</summary>
/// <param name="Name">The usual name.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Description">One or two sentences on who or what this is.</param>
/// <param name="Aliases">Other names the actor goes by.</param>
/// <param name="Affiliation">The organisation a person or model belongs to.</param>
/// <param name="Website">The actor's own site.</param>
/// <param name="Citations">Where the description comes from.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("actors", Description = "organisations, people and AI models", Order = 1)]
[MustBeReferenced]
public sealed partial record Actor(
    [EntryTitle] string Name,
    ActorKind Kind,
    [EntrySummary] string? Description = null,
    [Searchable(SearchWeight.Name)] ImmutableArray<string> Aliases = default,
    [NotSelf] Ref<Actor>? Affiliation = null,
    Uri? Website = null,
    [Citations] ImmutableArray<Citation> Citations = default,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Actor>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);

/// <summary>What sort of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A company.</summary>
    Company,

    /// <summary>A bank, fund or research house.</summary>
    FinancialInstitution,

    /// <summary>A university, institute or non-profit.</summary>
    Organisation,

    /// <summary>A government or public body.</summary>
    Government,

    /// <summary>A person.</summary>
    Person,

    /// <summary>An AI model or model family.</summary>
    AiModel,

    /// <summary>A joint venture or project of several organisations.</summary>
    Project,
}
