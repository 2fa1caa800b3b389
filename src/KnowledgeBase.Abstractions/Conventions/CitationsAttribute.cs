using System;

namespace KnowledgeBase;

/// <summary>
/// Marks a list of citations: records with a <see cref="CitedSourceAttribute"/> field. The entry's doc comment
/// names every source cited in such a list, wherever in the entry it sits, and <c>kb</c> counts them as citations.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CitationsAttribute : Attribute
{
}
