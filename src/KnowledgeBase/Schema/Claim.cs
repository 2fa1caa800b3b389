using System;
using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>A position someone took in the debate.</summary>
/// <param name="Statement">The position, in neutral words.</param>
/// <param name="HeldBy">Who holds it.</param>
/// <param name="Date">When it was stated.</param>
/// <param name="Topics">What it is about, and whether it supports or challenges each.</param>
/// <param name="Citations">Where it was stated; at least one.</param>
/// <param name="Quote">The holder's own words, verbatim, when there are some.</param>
/// <param name="Relations">How it relates to other claims.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("claims", Description = "positions taken in the debate", Order = 4)]
public sealed partial record Claim(
    [EntryTitle, Searchable(SearchWeight.Statement)] string Statement,
    Ref<Actor> HeldBy,
    [EntryDate] DateOnly Date,
    ImmutableArray<TopicStance> Topics,
    [Citations, MinItems(1)] ImmutableArray<Citation> Citations,
    [EntrySummary, Searchable(SearchWeight.Quote), NotEmpty, MaxLength(300)] string? Quote = null,
    ImmutableArray<ClaimRelation> Relations = default,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Claim>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);

/// <summary>A claim's stance toward one topic.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Stance">Whether the claim supports or challenges it.</param>
public sealed record TopicStance(Ref<Topic> Topic, [QualifiesReferences] Stance Stance);

/// <summary>A claim's stance toward a topic.</summary>
public enum Stance
{
    /// <summary>The claim argues for the topic's position.</summary>
    Supports,

    /// <summary>The claim argues against it.</summary>
    Challenges,

    /// <summary>The claim is about the topic without taking a side.</summary>
    Neutral,
}

/// <summary>A typed link from one claim to another.</summary>
/// <param name="Kind">How the claims relate.</param>
/// <param name="Claim">The other claim.</param>
public sealed record ClaimRelation([QualifiesReferences] RelationKind Kind, [NotSelf] Ref<Claim> Claim);

/// <summary>How one claim relates to another.</summary>
public enum RelationKind
{
    /// <summary>This claim supports the other.</summary>
    Supports,

    /// <summary>This claim contradicts the other.</summary>
    Contradicts,

    /// <summary>This claim answers the other.</summary>
    RespondsTo,
}
