using System;
using System.Collections.Generic;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>The kinds of value a content field can hold: the types the generator binds YAML to.</summary>
public enum ValueKind
{
    /// <summary><see cref="string"/>: any scalar.</summary>
    Text,

    /// <summary><see cref="bool"/>: <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><see cref="int"/>.</summary>
    WholeNumber,

    /// <summary><see cref="long"/>.</summary>
    LongWholeNumber,

    /// <summary><see cref="decimal"/> or <see cref="double"/>.</summary>
    Number,

    /// <summary><see cref="DateOnly"/>, written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An absolute <see cref="Uri"/>.</summary>
    Url,

    /// <summary>An enum member, written in kebab-case.</summary>
    Enum,

    /// <summary>A nested record: a mapping of its own fields.</summary>
    Record,

    /// <summary><c>Ref&lt;T&gt;</c>: the id of an entry of another (or the same) collection.</summary>
    Reference,

    /// <summary><c>ImmutableArray&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c>: a sequence.</summary>
    List,
}

/// <summary>The shape of one value: its kind and what the kind needs (list element, enum values, record, target).</summary>
/// <param name="Kind">What sort of value it is.</param>
/// <param name="ClrType">The C# type, without nullability.</param>
public sealed record ValueShape(ValueKind Kind, Type ClrType)
{
    /// <summary>A list's element.</summary>
    public ValueShape? Element { get; init; }

    /// <summary>An enum's members, as content spells them (kebab-case), in declaration order.</summary>
    public IReadOnlyList<EnumValue> EnumValues { get; init; } = [];

    /// <summary>A nested record's shape.</summary>
    public RecordShape? Record { get; init; }

    /// <summary>A reference's target collection type.</summary>
    public Type? ReferenceTarget { get; init; }

    /// <summary>A reference's target collection folder.</summary>
    public string? ReferenceFolder { get; init; }
}

/// <summary>One enum member: how content writes it, and the C# member it binds to.</summary>
/// <param name="Text">The kebab-case spelling, for example <c>ai-model</c>.</param>
/// <param name="MemberName">The C# member name, for example <c>AiModel</c>.</param>
public sealed record EnumValue(string Text, string MemberName);
