using System;

namespace KnowledgeBase;

/// <summary>Marks the text that says why an entry is disputed, superseded or retracted (see <see cref="StandingAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class StandingReasonAttribute : Attribute
{
}
