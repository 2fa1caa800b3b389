using System;

namespace KnowledgeBase;

/// <summary>
/// Marks the date an entry is about (when an event happened, a figure applies, a claim was made). An entry
/// must not refer to a publication (a collection with a <see cref="PublishedOnAttribute"/> field) published
/// before this date: a source cannot report what had not happened yet.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class EntryDateAttribute : Attribute
{
}
