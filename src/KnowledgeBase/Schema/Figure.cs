using System;
using System.Collections.Immutable;

namespace KnowledgeBase;

/// <summary>
/// A quantity about an actor or topic. Every value a source reported is kept with its own citation;
/// when they differ, the figure is disputed and <see cref="Spread"/> gives the range of what was reported.
/// </summary>
/// <param name="Title">What is measured, for example "Nvidia market value lost on 27 Jan 2025".</param>
/// <param name="Measure">What sort of quantity it is.</param>
/// <param name="Kind">Whether the values were reported, estimated, forecast or given as guidance.</param>
/// <param name="Unit">The unit every value is in.</param>
/// <param name="Values">Each value as a source reported it, with its citations.</param>
/// <param name="Date">The day the quantity refers to, or the day it was stated.</param>
/// <param name="Period">The period it covers, in words, for example "fiscal 2025".</param>
/// <param name="Actor">Whom the quantity is about.</param>
/// <param name="Topics">What the quantity is about.</param>
/// <param name="Note">Caveats a reader needs, for example what a cost excludes.</param>
/// <param name="Status">The entry's standing.</param>
/// <param name="SupersededBy">The entry that replaces this one, when superseded.</param>
/// <param name="StatusReason">Why the entry is disputed, superseded or retracted.</param>
[Collection("figures", Description = "quantities, with every reported value", Order = 3)]
public sealed partial record Figure(
    [EntryTitle] string Title,
    Measure Measure,
    FigureKind Kind,
    Unit Unit,
    [MinItems(1)] ImmutableArray<ReportedValue> Values,
    [EntryDate, ExemptWhen(nameof(Kind), nameof(FigureKind.Forecast), nameof(FigureKind.Guidance))] DateOnly? Date = null,
    string? Period = null,
    Ref<Actor>? Actor = null,
    ImmutableArray<Ref<Topic>> Topics = default,
    [Searchable(SearchWeight.Text)] string? Note = null,
    [Standing] EntryStatus Status = EntryStatus.Current,
    [ReplacedBy, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded)), AllowedWhen(nameof(Status), nameof(EntryStatus.Superseded)), Acyclic] Ref<Figure>? SupersededBy = null,
    [StandingReason, RequiredWhen(nameof(Status), nameof(EntryStatus.Superseded), nameof(EntryStatus.Retracted), nameof(EntryStatus.Disputed)), NotEmpty] string? StatusReason = null);

/// <summary>One value of a <see cref="Figure"/> as one or more sources reported it.</summary>
/// <param name="Citations">Who reported this value; at least one.</param>
/// <param name="Value">The value, when a single number was reported.</param>
/// <param name="Low">The low end, when a range was reported.</param>
/// <param name="High">The high end, when a range was reported.</param>
/// <param name="Qualifier">How exact the source said the value is.</param>
/// <param name="AsReported">The value in the source's own words, for example "close to $600 billion".</param>
[RequireOneOf(nameof(Value), nameof(Low) + " " + nameof(High))]
public sealed partial record ReportedValue(
    [Citations, MinItems(1), DisplayOrder(1)] ImmutableArray<Citation> Citations,
    [RangeWhen(nameof(Figure.Unit), nameof(Unit.Percent), -100, 1000)] decimal? Value = null,
    [RangeWhen(nameof(Figure.Unit), nameof(Unit.Percent), -100, 1000), NotAbove(nameof(High))] decimal? Low = null,
    [RangeWhen(nameof(Figure.Unit), nameof(Unit.Percent), -100, 1000)] decimal? High = null,
    Qualifier Qualifier = Qualifier.Exact,
    [Searchable(SearchWeight.Quote)] string? AsReported = null);

/// <summary>What sort of quantity a <see cref="Figure"/> is.</summary>
public enum Measure
{
    /// <summary>Capital expenditure.</summary>
    CapitalSpending,

    /// <summary>Market value lost or gained.</summary>
    MarketValueChange,

    /// <summary>A change in share price, in percent.</summary>
    SharePriceChange,

    /// <summary>A share price.</summary>
    SharePrice,

    /// <summary>The cost of training a model.</summary>
    TrainingCost,

    /// <summary>Compute used, for example GPU hours.</summary>
    Compute,

    /// <summary>An amount of hardware, for example a count of GPUs.</summary>
    Hardware,

    /// <summary>An estimate of productivity or output growth.</summary>
    ProductivityEstimate,

    /// <summary>An amount invested.</summary>
    Investment,

    /// <summary>Anything else that is counted.</summary>
    Count,
}

/// <summary>How a figure's values came about.</summary>
public enum FigureKind
{
    /// <summary>Reported as having happened.</summary>
    Reported,

    /// <summary>Estimated by someone other than the subject.</summary>
    Estimate,

    /// <summary>A forecast of the future.</summary>
    Forecast,

    /// <summary>The subject's own plan or guidance.</summary>
    Guidance,
}

/// <summary>The unit of a <see cref="Figure"/>'s values.</summary>
public enum Unit
{
    /// <summary>US dollars.</summary>
    UsDollars,

    /// <summary>Percent (a value of 17 means 17%).</summary>
    Percent,

    /// <summary>GPU hours.</summary>
    GpuHours,

    /// <summary>A count of GPUs.</summary>
    Gpus,

    /// <summary>A count of model parameters.</summary>
    Parameters,

    /// <summary>A plain count.</summary>
    Count,
}

/// <summary>How exact a reported value is.</summary>
public enum Qualifier
{
    /// <summary>As stated.</summary>
    Exact,

    /// <summary>"About", "close to", "around".</summary>
    Approximately,

    /// <summary>"Over", "more than", "at least".</summary>
    AtLeast,

    /// <summary>"Up to", "at most".</summary>
    AtMost,
}
