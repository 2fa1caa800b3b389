using System;

namespace KnowledgeBase;

/// <summary>Marks the reference to the entry that replaces a superseded one (see <see cref="StandingAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ReplacedByAttribute : Attribute
{
}
