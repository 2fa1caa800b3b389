using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: when both are given, this number or date must not be greater than the field
/// <see cref="Field"/> of the same record, for example the low end of a range not above its high end.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotAboveAttribute : Attribute
{
    /// <summary>Requires this value to be at most the value of <paramref name="field"/>.</summary>
    /// <param name="field">The other parameter's name, for example <c>nameof(High)</c>.</param>
    public NotAboveAttribute(string field) => Field = field;

    /// <summary>The parameter this value must not exceed.</summary>
    public string Field { get; }
}
