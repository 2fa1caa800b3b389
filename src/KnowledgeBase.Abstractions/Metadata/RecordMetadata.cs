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

    /// <summary>
    /// The entry's one-line name: the first <see cref="FieldRoles.Title"/> text with words, else its id. Every reader
    /// (catalog, prose, exports) names entries with this.
    /// </summary>
    /// <param name="entry">An entry of this record's type.</param>
    /// <returns>Its title.</returns>
    public string TitleOf(IEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FirstText(entry, FieldRoles.Title, except: null) ?? entry.Id;
    }

    /// <summary>The entry's text: the first <see cref="FieldRoles.Summary"/> field or computed value with words that is not its title.</summary>
    /// <param name="entry">An entry of this record's type.</param>
    /// <returns>The text, or null.</returns>
    public string? SummaryOf(IEntry entry) => SummaryOf(entry, TitleOf(entry));

    /// <summary>The entry's text, for a reader that already has its title (<see cref="TitleOf"/>), which a summary never repeats.</summary>
    /// <param name="entry">An entry of this record's type.</param>
    /// <param name="title">What <see cref="TitleOf"/> gives for <paramref name="entry"/>.</param>
    /// <returns>The text, or null.</returns>
    public string? SummaryOf(IEntry entry, string title)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FirstText(entry, FieldRoles.Summary, except: title);
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

    // Every catalog outline asks for the title and the summary, so no enumerator is allocated here.
    private string? FirstText(IEntry entry, FieldRoles role, string? except) =>
        FirstText(Fields, entry, role, except) ?? FirstText(Computed, entry, role, except);

    private static string? FirstText(ImmutableArray<FieldMetadata> fields, IEntry entry, FieldRoles role, string? except)
    {
        foreach (var field in fields)
        {
            if (field.Has(role) && field.GetValue(entry) is string text && !string.IsNullOrWhiteSpace(text) && !string.Equals(text, except, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }
}
