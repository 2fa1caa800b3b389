using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>
/// Every collection of a compiled schema, read by reflection over its <see cref="CollectionAttribute"/> records
/// with the generator's own rules, sorted by folder.
/// </summary>
public sealed class ContentSchema
{
    private ContentSchema(IReadOnlyList<CollectionShape> collections, IReadOnlyList<Assembly> assemblies)
    {
        Collections = collections;
        Assemblies = assemblies;
    }

    /// <summary>The collections, sorted by folder (ordinal).</summary>
    public IReadOnlyList<CollectionShape> Collections { get; }

    /// <summary>Every assembly that declares a record or enum of the schema (the runtime types' own enums included), by name.</summary>
    public IReadOnlyList<Assembly> Assemblies { get; }

    /// <summary>Reads every <see cref="CollectionAttribute"/> record in <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly the generator compiled the schema into.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="NotSupportedException">A record has a field type content cannot bind (the generator would have refused it too).</exception>
    public static ContentSchema Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var reader = new ShapeReader();
        var collections = assembly.GetTypes()
            .Select(type => (Type: type, Attribute: type.GetCustomAttribute<CollectionAttribute>()))
            .Where(pair => pair.Attribute is not null)
            .Select(pair => new CollectionShape(pair.Attribute!.Folder, reader.Read(pair.Type)))
            .OrderBy(collection => collection.Folder, StringComparer.Ordinal)
            .ToList();
        var assemblies = reader.Assemblies.OrderBy(candidate => candidate.FullName, StringComparer.Ordinal).ToList();
        return new ContentSchema(collections, assemblies);
    }

    /// <summary>Finds a collection by folder (<c>events</c>) or record name (<c>Event</c>), ignoring case.</summary>
    /// <param name="name">The folder or type name.</param>
    /// <returns>The collection, or null.</returns>
    public CollectionShape? Find(string name) =>
        Collections.FirstOrDefault(collection => string.Equals(collection.Folder, name, StringComparison.OrdinalIgnoreCase))
        ?? Collections.FirstOrDefault(collection => string.Equals(collection.Type.Name, name, StringComparison.OrdinalIgnoreCase));
}
