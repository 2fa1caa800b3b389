using System.Collections.Immutable;

namespace KnowledgeBase.Metadata;

/// <summary>
/// The content rules a field declares on itself (<see cref="MinItemsAttribute"/>, <see cref="MaxLengthAttribute"/>,
/// <see cref="NotEmptyAttribute"/>, <see cref="RequiredWhenAttribute"/>, <see cref="AllowedWhenAttribute"/>), as the
/// generator read them: what a reader such as a JSON Schema can check without other entries. Rules that need other
/// entries (references, cited dates, cycles) are the generator's alone.
/// </summary>
/// <param name="MinItems">A list's fewest items.</param>
/// <param name="MaxLength">A text's (or each text item's) most characters, counted in code points.</param>
/// <param name="NotEmpty">Whether a text (or each text item) must hold more than white space.</param>
/// <param name="RequiredWhen">When the field must be given.</param>
/// <param name="AllowedWhen">When alone the field may be given.</param>
public sealed record FieldConstraints(
    int? MinItems = null,
    int? MaxLength = null,
    bool NotEmpty = false,
    FieldCondition? RequiredWhen = null,
    FieldCondition? AllowedWhen = null)
{
    /// <summary>No rules.</summary>
    public static FieldConstraints None { get; } = new();
}

/// <summary>"The field <see cref="Key"/> has one of <see cref="Values"/>"; enum values match in every spelling binding accepts.</summary>
/// <param name="Key">The deciding field's YAML key.</param>
/// <param name="Values">The values, as the rule attribute names them (<c>Superseded</c>).</param>
public sealed record FieldCondition(string Key, ImmutableArray<string> Values);
