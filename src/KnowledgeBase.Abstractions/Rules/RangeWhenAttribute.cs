using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: this number must lie between <see cref="Minimum"/> and <see cref="Maximum"/> (inclusive)
/// when the field <see cref="Field"/> has the value <see cref="Value"/>. The field is looked up in this record
/// first, then in the records that contain it, so a value can depend on its entry's unit.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
public sealed class RangeWhenAttribute : Attribute
{
    /// <summary>Bounds this number when <paramref name="field"/> is <paramref name="value"/>.</summary>
    /// <param name="field">The deciding field's parameter name.</param>
    /// <param name="value">The deciding value, as content writes it (enum values in any case or kebab-case).</param>
    /// <param name="minimum">The lowest value allowed.</param>
    /// <param name="maximum">The highest value allowed.</param>
    public RangeWhenAttribute(string field, string value, double minimum, double maximum)
    {
        Field = field;
        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The deciding field's parameter name.</summary>
    public string Field { get; }

    /// <summary>The deciding value.</summary>
    public string Value { get; }

    /// <summary>The lowest value allowed.</summary>
    public double Minimum { get; }

    /// <summary>The highest value allowed.</summary>
    public double Maximum { get; }
}
