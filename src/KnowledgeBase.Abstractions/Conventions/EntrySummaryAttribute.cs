using System;

namespace KnowledgeBase;

/// <summary>
/// Marks the field (or a computed property) that says what an entry is in a few sentences: a paragraph of its
/// member's doc comment (parameters only: properties are not evaluated at build time) and its text in <c>kb</c>.
/// The first marked member with text that is not the title wins.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class EntrySummaryAttribute : Attribute
{
}
