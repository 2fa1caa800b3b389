using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: this optional field must be given when the field <see cref="Field"/> of the same record
/// has one of <see cref="Values"/>, for example a replacement when the status is <c>superseded</c>.
/// An absent deciding field matches none of the values.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RequiredWhenAttribute : Attribute
{
    /// <summary>Requires this field when <paramref name="field"/> has one of <paramref name="values"/>.</summary>
    /// <param name="field">The deciding field's parameter name.</param>
    /// <param name="values">The deciding values, as content writes them (enum values in any case or kebab-case).</param>
    public RequiredWhenAttribute(string field, params string[] values)
    {
        Field = field;
        Values = values;
    }

    /// <summary>The deciding field's parameter name.</summary>
    public string Field { get; }

    /// <summary>The values that make this field required.</summary>
    public string[] Values { get; }
}
