using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Catalog;

/// <summary>
/// What describing a record needs of its metadata, worked out once per record type rather than once per entry:
/// its fields in display order, the few an outline reads (those that can hold a reference or a citation), and the
/// fields with the roles every entry's summary reads. A catalog of 40,000 entries outlines every one of them for
/// counts and backlinks, so what is the same for every entry of a type is not redone for each.
/// </summary>
internal sealed class RecordPlan
{
    private static readonly ConditionalWeakTable<RecordMetadata, RecordPlan> s_plans = [];

    private RecordPlan(RecordMetadata record)
    {
        InDisplayOrder = [.. record.Fields.OrderBy(field => field.DisplayOrder)];
        ForOutline = [.. InDisplayOrder.Where(field => MayHoldLinks(field, field.Value, new HashSet<RecordMetadata>(ReferenceEqualityComparer.Instance)))];
        Derived = [.. record.Computed.Where(field => field.Has(FieldRoles.Derived))];
        QualifiesReferences = record.WithRole(FieldRoles.QualifiesReferences);
        Date = record.WithRole(FieldRoles.Date);
        Standing = record.WithRole(FieldRoles.Standing);
    }

    /// <summary>Every field, in the order readers show them.</summary>
    public ImmutableArray<FieldMetadata> InDisplayOrder { get; }

    /// <summary>The fields an outline reads, in display order: those whose value can hold a reference or a citation.</summary>
    public ImmutableArray<FieldMetadata> ForOutline { get; }

    /// <summary>The computed values readers show after the fields.</summary>
    public ImmutableArray<FieldMetadata> Derived { get; }

    /// <summary>The field whose value names the part of an entry its references belong to, when there is one.</summary>
    public FieldMetadata? QualifiesReferences { get; }

    /// <summary>The field an entry is dated by.</summary>
    public FieldMetadata? Date { get; }

    /// <summary>The field that holds an entry's standing.</summary>
    public FieldMetadata? Standing { get; }

    /// <summary>The plan of <paramref name="record"/>, made on first use.</summary>
    public static RecordPlan Of(RecordMetadata record) => s_plans.GetValue(record, static record => new RecordPlan(record));

    // Whether a value of this type can hold a reference or a citation. A record met again while it is being looked
    // at (records may contain themselves) counts as one that can: reading it costs little, missing a link is wrong.
    private static bool MayHoldLinks(FieldMetadata field, ValueMetadata type, HashSet<RecordMetadata> visiting) => type.Kind switch
    {
        ValueKind.Reference => true,
        ValueKind.List when field.Has(FieldRoles.Citations) => true,
        ValueKind.List => type.Element is { } element && MayHoldLinks(field, element, visiting),
        ValueKind.Record => type.Record is { } nested && MayHoldLinks(nested, visiting),
        _ => false,
    };

    private static bool MayHoldLinks(RecordMetadata record, HashSet<RecordMetadata> visiting)
    {
        if (!visiting.Add(record))
        {
            return true;
        }

        var result = record.Fields.Any(field => MayHoldLinks(field, field.Value, visiting));
        visiting.Remove(record);
        return result;
    }
}
