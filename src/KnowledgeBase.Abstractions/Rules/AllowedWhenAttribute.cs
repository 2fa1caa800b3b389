using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: this field may only be given when the field <see cref="Field"/> of the same record has one
/// of <see cref="Values"/>, for example a replacement only on a superseded entry.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class AllowedWhenAttribute : Attribute
{
    /// <summary>Allows this field only when <paramref name="field"/> has one of <paramref name="values"/>.</summary>
    /// <param name="field">The deciding field's parameter name.</param>
    /// <param name="values">The deciding values, as content writes them (enum values in any case or kebab-case).</param>
    public AllowedWhenAttribute(string field, params string[] values)
    {
        Field = field;
        Values = values;
    }

    /// <summary>The deciding field's parameter name.</summary>
    public string Field { get; }

    /// <summary>The values that allow this field.</summary>
    public string[] Values { get; }
}
