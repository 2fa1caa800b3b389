using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: a text field (or each text of a list), when given, must not be empty or only white space.
/// Leaving an optional field out is still allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotEmptyAttribute : Attribute
{
}
