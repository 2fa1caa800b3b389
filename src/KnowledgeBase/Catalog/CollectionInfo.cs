using System;
using System.Collections.Immutable;
using System.Linq;

namespace KnowledgeBase.Catalog;

/// <summary>A collection as the command line names it.</summary>
/// <param name="Name">The content folder, for example <c>events</c>.</param>
/// <param name="Singular">One entry's kind, for example <c>event</c>.</param>
/// <param name="Description">What the collection holds.</param>
public sealed record CollectionInfo(string Name, string Singular, string Description)
{
    /// <summary>
    /// Every collection, in the order the catalog presents them (<see cref="CollectionAttribute.Order"/>: provenance
    /// first, then the story), as the generated metadata describes them.
    /// </summary>
    public static ImmutableArray<CollectionInfo> All { get; } =
    [
        .. KnowledgeBase.Generated.ContentMetadataProvider.Content.Collections
            .Select(collection => new CollectionInfo(collection.Name, collection.Singular, collection.Description)),
    ];

    /// <summary>Finds a collection by its name or singular, case-insensitively (<c>events</c>, <c>Event</c>).</summary>
    /// <param name="name">The name given.</param>
    /// <returns>The collection, or null.</returns>
    public static CollectionInfo? Find(string name) => All.FirstOrDefault(collection =>
        string.Equals(collection.Name, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(collection.Singular, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The collection's position in <see cref="All"/>, for sorting.</summary>
    /// <param name="name">The collection's name.</param>
    /// <returns>Its index, or the count of collections when unknown.</returns>
    public static int OrderOf(string name)
    {
        for (var index = 0; index < All.Length; index++)
        {
            if (string.Equals(All[index].Name, name, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return All.Length;
    }
}
