using System;

namespace KnowledgeBase;

/// <summary>Marks the field of a citation record that holds the source's words, verbatim.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CitedQuoteAttribute : Attribute
{
}
