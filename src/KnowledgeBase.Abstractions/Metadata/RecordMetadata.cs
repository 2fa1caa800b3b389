using System;
using System.Collections.Immutable;

namespace KnowledgeBase.Metadata;

/// <summary>A record's fields in declaration order (the constructor's parameters), and its computed values.</summary>
/// <param name="Type">The record type.</param>
/// <param name="Summary">The type's doc summary, when it has one.</param>
/// <param name="Fields">Every field content gives, in declaration order.</param>
/// <param name="Computed">
/// Its computed properties: <see cref="DerivedAttribute"/> ones (role <see cref="FieldRoles.Derived"/>), which readers
/// show after the fields, and <see cref="EntrySummaryAttribute"/> ones, which only give an entry its text.
/// </param>
public sealed record RecordMetadata(Type Type, string? Summary, ImmutableArray<FieldMetadata> Fields, ImmutableArray<FieldMetadata> Computed)
{
    /// <summary>The field keyed <paramref name="key"/>, or null.</summary>
    /// <param name="key">The YAML key.</param>
    /// <returns>The field.</returns>
    public FieldMetadata? Find(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The first field, then computed value, with the role <paramref name="role"/>, or null.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The field.</returns>
    public FieldMetadata? WithRole(FieldRoles role)
    {
        foreach (var field in Fields)
        {
            if (field.Has(role))
            {
                return field;
            }
        }

        foreach (var field in Computed)
        {
            if (field.Has(role))
            {
                return field;
            }
        }

        return null;
    }
}
