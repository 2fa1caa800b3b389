using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Metadata;

/// <summary>
/// The type of a field's value: its kind and, as the kind needs, the enum, the nested record, the list's element
/// or the collection a reference points to.
/// </summary>
public sealed class ValueMetadata
{
    private readonly Func<RecordMetadata>? _record;
    private RecordMetadata? _recordValue;

    /// <summary>Creates the description; generated code calls this.</summary>
    /// <param name="kind">The value's kind.</param>
    /// <param name="type">The value's C# type, without nullability.</param>
    /// <param name="element">A list's element.</param>
    /// <param name="enumeration">An enum's members.</param>
    /// <param name="record">A nested record's fields, read on first use (records may contain themselves).</param>
    /// <param name="targetCollection">The folder of the collection a reference points to.</param>
    public ValueMetadata(
        ValueKind kind,
        Type type,
        ValueMetadata? element = null,
        EnumMetadata? enumeration = null,
        Func<RecordMetadata>? record = null,
        string? targetCollection = null)
    {
        Kind = kind;
        Type = type;
        Element = element;
        Enum = enumeration;
        _record = record;
        TargetCollection = targetCollection;
    }

    /// <summary>The value's kind.</summary>
    public ValueKind Kind { get; }

    /// <summary>The value's C# type, without nullability (<c>Ref&lt;Actor&gt;</c>, <c>ImmutableArray&lt;Citation&gt;</c>).</summary>
    public Type Type { get; }

    /// <summary>A list's element; null for other kinds.</summary>
    public ValueMetadata? Element { get; }

    /// <summary>An enum's members; null for other kinds.</summary>
    public EnumMetadata? Enum { get; }

    /// <summary>A nested record's fields; null for other kinds.</summary>
    public RecordMetadata? Record => _recordValue ??= _record?.Invoke();

    /// <summary>The folder of the collection a reference points to (<c>actors</c>); null for other kinds.</summary>
    public string? TargetCollection { get; }

    /// <summary>The items of a list value as <see cref="FieldMetadata.GetValue"/> returns it; an absent list is empty.</summary>
    /// <param name="list">A list value, or null.</param>
    /// <returns>Its items, boxed.</returns>
    public static IEnumerable<object> Items(object? list) => list is IEnumerable items and not string ? items.Cast<object>() : [];
}
