using System.Linq;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// "The field <see cref="Key"/> has one of <see cref="Values"/>", read from a rule attribute. Values are compared
/// the way enum values bind: ignoring case, hyphens and underscores.
/// </summary>
internal sealed record FieldCondition(string Key, EquatableArray<string> Values)
{
    public bool Matches(string? value) =>
        value is not null && Values.Any(candidate => EnumSpelling.Names(value, candidate));

    /// <summary>The values in the words of a diagnostic: <c>superseded, retracted or disputed</c>.</summary>
    public string DescribeValues()
    {
        var kebab = Values.Select(EnumSpelling.ToKebabCase).ToList();
        return kebab.Count <= 1
            ? string.Join(string.Empty, kebab)
            : string.Join(", ", kebab.Take(kebab.Count - 1)) + " or " + kebab[kebab.Count - 1];
    }
}

/// <summary>The bounds a number must keep when a condition holds (<c>[RangeWhen]</c>).</summary>
internal sealed record ValueRange(FieldCondition When, decimal Minimum, decimal Maximum);

/// <summary>One alternative of <c>[RequireOneOf]</c>: the keys that must all be given together.</summary>
internal sealed record Alternative(EquatableArray<string> Keys)
{
    public string Describe() => string.Join(" and ", Keys.Select(key => "'" + key + "'"));
}

/// <summary>The content rules declared on one constructor parameter by the attributes in KnowledgeBase.Abstractions.</summary>
internal sealed record FieldRules(
    int? MinItems,
    bool NotEmpty,
    int? MaxLength,
    string? NotAbove,
    EquatableArray<ValueRange> Ranges,
    FieldCondition? RequiredWhen,
    FieldCondition? AllowedWhen,
    FieldCondition? ExemptWhen,
    bool NotSelf,
    bool Acyclic,
    bool EntryDate,
    bool PublishedOn)
{
    public static readonly FieldRules None = new(
        null, false, null, null, EquatableArray<ValueRange>.Empty, null, null, null, false, false, false, false);

    public bool IsNone => Equals(None);
}
