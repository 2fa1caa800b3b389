using System;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Authoring;

/// <summary>
/// The collections a compiled schema declares, as the generator describes them in the assembly's metadata
/// (<see cref="ContentMetadata.Of"/>): the only description of the schema the authoring tools read.
/// </summary>
public static class Collections
{
    /// <summary>The collections of <paramref name="metadata"/>, sorted by folder (ordinal): the order of files and listings.</summary>
    /// <param name="metadata">The assembly's metadata.</param>
    /// <returns>The collections.</returns>
    public static CollectionMetadata[] ByFolder(ContentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return [.. metadata.Collections.OrderBy(collection => collection.Name, StringComparer.Ordinal)];
    }

    /// <summary>Finds a collection by folder (<c>events</c>) or record name (<c>Event</c>), ignoring case.</summary>
    /// <param name="metadata">The assembly's metadata.</param>
    /// <param name="name">The folder or type name.</param>
    /// <returns>The collection, or null.</returns>
    public static CollectionMetadata? Find(ContentMetadata metadata, string name)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Collections.FirstOrDefault(collection => string.Equals(collection.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? metadata.Collections.FirstOrDefault(collection => string.Equals(collection.Type.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A field's default as content writes it (<c>current</c>, <c>3</c>, <c>false</c>): an enum's in its YAML spelling.
    /// Null when the field has no default other than null.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or null.</returns>
    public static object? DefaultContentValue(FieldMetadata field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.DefaultValue is { } value && field.Value.Enum is { } enumeration
            ? enumeration.Find(value)?.YamlName
            : field.DefaultValue;
    }
}
