using System;

namespace KnowledgeBase;

/// <summary>
/// Marks a <c>partial record</c> as the schema of a content collection: every YAML file in the
/// content folder <see cref="Folder"/> becomes one entry of this type, bound to its constructor parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CollectionAttribute : Attribute
{
    /// <summary>Creates the attribute for the content folder <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder below the content root, for example <c>events</c>.</param>
    public CollectionAttribute(string folder) => Folder = folder;

    /// <summary>The folder below the content root whose YAML files are this collection's entries.</summary>
    public string Folder { get; }

    /// <summary>One entry's kind in the singular, for example <c>event</c>; the type's name in lower kebab-case when not set.</summary>
    public string? Singular { get; set; }

    /// <summary>What the collection holds, in a few words, for listings; the record's doc summary when not set.</summary>
    public string? Description { get; set; }

    /// <summary>Where readers list the collection among the others: by <see cref="Order"/> (0 when not set), then by folder.</summary>
    public int Order { get; set; }
}
