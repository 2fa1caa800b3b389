using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Catalog;

/// <summary>
/// One field's value in the catalog's collection-independent view of an entry. The shape mirrors the YAML:
/// scalars, references (kept as keys, resolved to titles by the catalog), lists and nested mappings, so the
/// same tree can be shown to a person or written as typed JSON.
/// </summary>
public abstract record FieldValue
{
    private protected FieldValue()
    {
    }

    /// <summary>An absent optional value.</summary>
    public static FieldValue Absent { get; } = new AbsentValue();

    /// <summary>True when the value carries nothing worth showing: absent, or an empty list.</summary>
    public bool IsEmpty => this is AbsentValue || this is ListValue { Items.IsEmpty: true };
}

/// <summary>An optional field with no value.</summary>
public sealed record AbsentValue : FieldValue;

/// <summary>Free text.</summary>
/// <param name="Text">The text.</param>
public sealed record TextValue(string Text) : FieldValue;

/// <summary>A number, kept exact.</summary>
/// <param name="Number">The number.</param>
public sealed record NumberValue(decimal Number) : FieldValue;

/// <summary>A yes/no value.</summary>
/// <param name="Flag">The value.</param>
public sealed record BoolValue(bool Flag) : FieldValue;

/// <summary>A calendar day.</summary>
/// <param name="Date">The day.</param>
public sealed record DateValue(DateOnly Date) : FieldValue;

/// <summary>An enum member, named as the YAML names it (lower kebab-case, for example <c>ai-model</c>).</summary>
/// <param name="Name">The member's YAML name.</param>
public sealed record EnumValue(string Name) : FieldValue;

/// <summary>A web address.</summary>
/// <param name="Uri">The address.</param>
public sealed record UriValue(Uri Uri) : FieldValue;

/// <summary>A reference to another entry.</summary>
/// <param name="Target">The entry referred to.</param>
public sealed record RefValue(EntryKey Target) : FieldValue;

/// <summary>A list of values.</summary>
/// <param name="Items">The items, in content order.</param>
public sealed record ListValue(ImmutableArray<FieldValue> Items) : FieldValue;

/// <summary>A nested record, such as a citation or a reported value.</summary>
/// <param name="Fields">Its fields, in schema order.</param>
public sealed record ObjectValue(ImmutableArray<CatalogField> Fields) : FieldValue;

/// <summary>A named field of an entry or a nested record.</summary>
/// <param name="Name">The field's YAML key (camelCase).</param>
/// <param name="Value">Its value.</param>
/// <param name="IsDerived">True for values computed from the content rather than written in it (a figure's spread).</param>
public sealed record CatalogField(string Name, FieldValue Value, bool IsDerived = false);
