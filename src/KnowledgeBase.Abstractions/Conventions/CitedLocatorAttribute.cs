using System;

namespace KnowledgeBase;

/// <summary>Marks the field of a citation record that says where in the source (a page, a section, a table).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CitedLocatorAttribute : Attribute
{
}
