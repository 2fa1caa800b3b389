using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule on a record: exactly one of the alternatives must be given in full, and no part of another.
/// Each alternative names one field or several separated by spaces: <c>[RequireOneOf("value", "low high")]</c>
/// means a single value, or a low and a high end.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequireOneOfAttribute : Attribute
{
    /// <summary>Requires exactly one of <paramref name="alternatives"/>.</summary>
    /// <param name="alternatives">Each a parameter name, or several separated by spaces.</param>
    public RequireOneOfAttribute(params string[] alternatives) => Alternatives = alternatives;

    /// <summary>The alternatives, each one or more parameter names separated by spaces.</summary>
    public string[] Alternatives { get; }
}
