using System;

namespace KnowledgeBase;

/// <summary>A content rule: this reference (or each of a list) must not name the entry it is written in.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotSelfAttribute : Attribute
{
}
