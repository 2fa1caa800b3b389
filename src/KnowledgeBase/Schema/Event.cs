using System;
using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>Something that happened on a given day.</summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Title">A short headline.</param>
/// <param name="Summary">What happened, in a few sentences.</param>
/// <param name="Actors">Who was involved.</param>
/// <param name="Citations">Where the facts come from; at least one.</param>
/// <param name="Topics">What the event is about.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("events", Description = "things that happened on a given day", Order = 2)]
public sealed partial record Event(
    [EntryDate] DateOnly Date,
    [EntryTitle] string Title,
    [EntrySummary] string Summary,
    ImmutableArray<Ref<Actor>> Actors,
    [Citations, MinItems(1)] ImmutableArray<Citation> Citations,
    ImmutableArray<Ref<Topic>> Topics = default,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Event>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);
