using System;

namespace KnowledgeBase;

/// <summary>
/// Marks an enum field of a nested record that says how the record's references relate to the entry: a claim's
/// topic with its stance is listed as <c>topics (supports)</c> in backlinks, not <c>topics.topic</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QualifiesReferencesAttribute : Attribute
{
}
