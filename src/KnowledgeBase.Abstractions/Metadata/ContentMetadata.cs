using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace KnowledgeBase.Metadata;

/// <summary>
/// Every collection an assembly compiles in, in reading order (<see cref="CollectionMetadata.Order"/>, then folder).
/// The generator writes one per assembly and names it in <see cref="ContentMetadataAttribute"/>.
/// </summary>
/// <param name="Collections">The collections.</param>
public sealed record ContentMetadata(ImmutableArray<CollectionMetadata> Collections)
{
    /// <summary>The collection in the folder <paramref name="name"/>, or null.</summary>
    /// <param name="name">The folder.</param>
    /// <returns>The collection.</returns>
    public CollectionMetadata? Find(string name) => Collections.FirstOrDefault(collection => collection.Name == name);

    /// <summary>The collection whose record is <paramref name="type"/>, or null.</summary>
    /// <param name="type">The record type.</param>
    /// <returns>The collection.</returns>
    public CollectionMetadata? Find(Type type) => Collections.FirstOrDefault(collection => collection.Type == type);

    /// <summary>The metadata the generator wrote into <paramref name="assembly"/>; empty when it has no collections.</summary>
    /// <param name="assembly">An assembly built with the generator.</param>
    /// <returns>Its collections.</returns>
    public static ContentMetadata Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var provider = assembly.GetCustomAttribute<ContentMetadataAttribute>()?.Provider;
        return provider is not null && Activator.CreateInstance(provider) is IContentMetadataProvider instance
            ? instance.Metadata
            : new ContentMetadata([]);
    }
}

/// <summary>What the generated registry implements, so <see cref="ContentMetadata.Of"/> can find it without knowing its name.</summary>
public interface IContentMetadataProvider
{
    /// <summary>The assembly's collections.</summary>
    ContentMetadata Metadata { get; }
}

/// <summary>Names an assembly's generated <see cref="IContentMetadataProvider"/>; the generator writes it.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ContentMetadataAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="provider">The generated provider type.</param>
    public ContentMetadataAttribute(Type provider) => Provider = provider;

    /// <summary>The generated provider type.</summary>
    public Type Provider { get; }
}
