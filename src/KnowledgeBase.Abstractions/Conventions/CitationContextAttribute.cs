using System;

namespace KnowledgeBase;

/// <summary>
/// Marks an instance method of a collection record, taking one of its nested records and returning text, that
/// says what the citations inside that nested record support (a figure's reported value, "about US$600 billion").
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CitationContextAttribute : Attribute
{
}
