using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule on a collection: every entry should be referred to by at least one other entry; one that
/// is not gets a warning at its file, as it is probably a leftover or a typo'd id elsewhere.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MustBeReferencedAttribute : Attribute
{
}
