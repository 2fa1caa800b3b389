using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: a text field (or each text of a list) may have at most <see cref="Length"/> characters,
/// for example to keep a verbatim quote a quote rather than a reprint.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class MaxLengthAttribute : Attribute
{
    /// <summary>Allows at most <paramref name="length"/> characters.</summary>
    /// <param name="length">The most characters the text may have.</param>
    public MaxLengthAttribute(int length) => Length = length;

    /// <summary>The most characters the text may have.</summary>
    public int Length { get; }
}
