using System;

namespace KnowledgeBase;

/// <summary>
/// Switches off the content rules declared on this field when the field <see cref="Field"/> of the same record
/// has one of <see cref="Values"/>, for example the date check for a forecast, which is dated in the future.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ExemptWhenAttribute : Attribute
{
    /// <summary>Exempts this field's rules when <paramref name="field"/> has one of <paramref name="values"/>.</summary>
    /// <param name="field">The deciding field's parameter name.</param>
    /// <param name="values">The deciding values, as content writes them (enum values in any case or kebab-case).</param>
    public ExemptWhenAttribute(string field, params string[] values)
    {
        Field = field;
        Values = values;
    }

    /// <summary>The deciding field's parameter name.</summary>
    public string Field { get; }

    /// <summary>The values that exempt this field.</summary>
    public string[] Values { get; }
}
