using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeBase;

/// <summary>An entry of any collection: everything has a stable id, the name of its YAML file.</summary>
public interface IEntry
{
    /// <summary>The entry's id: its YAML file name without extension, in lower kebab-case.</summary>
    string Id { get; }
}

/// <summary>
/// A collection entry type. The generator implements this on every <see cref="CollectionAttribute"/> record,
/// which is how <see cref="Ref{T}"/> resolves an id without reflection.
/// </summary>
/// <typeparam name="TSelf">The record type itself.</typeparam>
public interface IEntry<TSelf> : IEntry
    where TSelf : class, IEntry<TSelf>
{
    /// <summary>The content folder this collection is read from.</summary>
    static abstract string CollectionName { get; }

    /// <summary>Every valid entry of the collection, sorted by id (ordinal).</summary>
    static abstract ImmutableArray<TSelf> All { get; }

    /// <summary>Finds the entry with the id <paramref name="id"/>.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the collection has an entry with that id.</returns>
    static abstract bool TryGet(string id, [NotNullWhen(true)] out TSelf? entry);
}
