using System;

namespace KnowledgeBase;

/// <summary>
/// Marks a computed property of a collection record as a value readers show beside the content's fields
/// (<c>kb show</c>, exports, the prose document), after the fields and before the standing.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DerivedAttribute : Attribute
{
    /// <summary>The label the prose document gives the value; the property's name when not set.</summary>
    public string? DisplayName { get; set; }
}
