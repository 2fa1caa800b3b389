using System;

namespace KnowledgeBase;

/// <summary>
/// Marks the publication date of a collection whose entries are publications. Entries with an
/// <see cref="EntryDateAttribute"/> that refer to one must not be dated after it. An absent date is not checked.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PublishedOnAttribute : Attribute
{
}
