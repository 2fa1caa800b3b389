using System;

namespace KnowledgeBase;

/// <summary>
/// Marks an entry's <see cref="EntryStatus"/> field. A superseded or retracted entry's member gets
/// <see cref="ObsoleteAttribute"/>, naming its <see cref="ReplacedByAttribute"/> entry and its
/// <see cref="StandingReasonAttribute"/> text.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class StandingAttribute : Attribute
{
}
