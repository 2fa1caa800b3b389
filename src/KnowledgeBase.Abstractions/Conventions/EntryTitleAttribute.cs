using System;

namespace KnowledgeBase;

/// <summary>
/// Marks the field that names an entry in one line (a title, a name, a claim's statement): the first line of its
/// member's doc comment, its title in <c>kb</c> and in references. The first marked field with text wins.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class EntryTitleAttribute : Attribute
{
}
