using System;

namespace KnowledgeBase;

/// <summary>Marks the reference of a citation record that names the cited source.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CitedSourceAttribute : Attribute
{
}
