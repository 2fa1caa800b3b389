using System;

namespace KnowledgeBase.Metadata;

/// <summary>
/// One field of a record, as its C# declaration and doc comment say: the YAML key, the C# name, the value's type,
/// whether content must give it, what it means to readers, and an accessor that reads it from a record.
/// </summary>
public abstract class FieldMetadata
{
    private protected FieldMetadata(
        string key,
        string name,
        ValueMetadata value,
        bool isRequired,
        string? summary,
        FieldRoles roles,
        SearchWeight? search,
        int displayOrder,
        string? displayName)
    {
        Key = key;
        Name = name;
        Value = value;
        IsRequired = isRequired;
        Summary = summary;
        Roles = roles;
        Search = search;
        DisplayOrder = displayOrder;
        DisplayName = displayName ?? name;
    }

    /// <summary>The YAML key (camelCase): <c>supersededBy</c>; a derived value's name in camelCase.</summary>
    public string Key { get; }

    /// <summary>The C# parameter or property name: <c>SupersededBy</c>.</summary>
    public string Name { get; }

    /// <summary>The value's type.</summary>
    public ValueMetadata Value { get; }

    /// <summary>Whether content must give the field (non-nullable and without a default).</summary>
    public bool IsRequired { get; }

    /// <summary>The field's doc comment (<c>&lt;param&gt;</c> or property summary), when it has one.</summary>
    public string? Summary { get; }

    /// <summary>What the field means to readers.</summary>
    public FieldRoles Roles { get; }

    /// <summary>How <c>kb search</c> weighs the field's text; null when it is not searched.</summary>
    public SearchWeight? Search { get; }

    /// <summary>Where the prose document shows the field among the others (see <see cref="DisplayOrderAttribute"/>).</summary>
    public int DisplayOrder { get; }

    /// <summary>The label people read: <see cref="DerivedAttribute.DisplayName"/>, else <see cref="Name"/>.</summary>
    public string DisplayName { get; }

    /// <summary>
    /// The value an absent field takes when its declaration gives a default other than null (<c>3</c>, <c>false</c>,
    /// <c>EntryStatus.Current</c>), boxed; null otherwise.
    /// </summary>
    public object? DefaultValue { get; init; }

    /// <summary>The rules the field declares on itself.</summary>
    public FieldConstraints Constraints { get; init; } = FieldConstraints.None;

    /// <summary>Whether the field has the role (or every role of) <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when it has it.</returns>
    public bool Has(FieldRoles role) => (Roles & role) == role && role != FieldRoles.None;

    /// <summary>
    /// Reads the field from a record of its type. Lists come back empty, never as a default array; absent
    /// optional values as null.
    /// </summary>
    /// <param name="record">A record of the type that declares the field.</param>
    /// <returns>The value, boxed.</returns>
    public abstract object? GetValue(object record);

    /// <inheritdoc/>
    public override string ToString() => Key;
}

/// <summary>A field with its typed accessor.</summary>
/// <typeparam name="TRecord">The record that declares it.</typeparam>
/// <typeparam name="TValue">The field's C# type.</typeparam>
public sealed class FieldMetadata<TRecord, TValue> : FieldMetadata
{
    private readonly Func<TRecord, TValue> _get;

    /// <summary>Creates the description; generated code calls this.</summary>
    /// <param name="key">The YAML key.</param>
    /// <param name="name">The C# name.</param>
    /// <param name="value">The value's type.</param>
    /// <param name="isRequired">Whether content must give it.</param>
    /// <param name="summary">Its doc comment.</param>
    /// <param name="roles">What it means to readers.</param>
    /// <param name="search">How search weighs it.</param>
    /// <param name="displayOrder">Where prose shows it.</param>
    /// <param name="displayName">The label people read, when not its name.</param>
    /// <param name="get">Reads it from a record.</param>
    public FieldMetadata(
        string key,
        string name,
        ValueMetadata value,
        bool isRequired,
        string? summary,
        FieldRoles roles,
        SearchWeight? search,
        int displayOrder,
        string? displayName,
        Func<TRecord, TValue> get)
        : base(key, name, value, isRequired, summary, roles, search, displayOrder, displayName) => _get = get;

    /// <summary>Reads the field from a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The value.</returns>
    public TValue Get(TRecord record) => _get(record);

    /// <inheritdoc/>
    public override object? GetValue(object record) => _get((TRecord)record);

}
