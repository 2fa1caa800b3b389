using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule on a reference to the record's own collection: following this field from entry to entry
/// must never come back to where it started, for example a replacement chain <c>a → b → a</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class AcyclicAttribute : Attribute
{
}
