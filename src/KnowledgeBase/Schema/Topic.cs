using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>A concept argued over in the debate.</summary>
/// <param name="Name">The usual name.</param>
/// <param name="Description">What the concept is, in a few sentences.</param>
/// <param name="Aliases">Other names for it.</param>
/// <param name="Related">Closely related topics.</param>
/// <param name="Citations">Where the description comes from.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("topics", Description = "concepts argued over", Order = 5)]
[MustBeReferenced]
public sealed partial record Topic(
    [EntryTitle] string Name,
    [EntrySummary] string Description,
    [Searchable(SearchWeight.Name)] ImmutableArray<string> Aliases = default,
    [NotSelf] ImmutableArray<Ref<Topic>> Related = default,
    [Citations] ImmutableArray<Citation> Citations = default,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Topic>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);
