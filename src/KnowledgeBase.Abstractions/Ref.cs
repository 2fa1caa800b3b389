using System;
using System.Collections.Generic;

namespace KnowledgeBase;

/// <summary>
/// A typed reference to another entry, held as its id. The generator checks at compile time that the id
/// exists; <see cref="Value"/> resolves it at run time through the target collection's frozen lookup,
/// so references may form cycles without any initialisation-order problem.
/// </summary>
/// <typeparam name="T">The collection the reference points into.</typeparam>
public readonly struct Ref<T> : IEquatable<Ref<T>>, IEntryReference
    where T : class, IEntry<T>
{
    /// <summary>Creates a reference to the entry with the id <paramref name="id"/>.</summary>
    /// <param name="id">The target entry's id.</param>
    public Ref(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Id = id;
    }

    /// <summary>The target entry's id.</summary>
    public string Id { get; }

    /// <summary>The entry this reference points to.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entry (the generator prevents this for content).</exception>
    public T Value => T.TryGet(Id ?? string.Empty, out var entry)
        ? entry
        : throw new KeyNotFoundException($"No entry '{Id}' in the collection '{T.CollectionName}'.");

    /// <summary>Resolves the reference without throwing.</summary>
    /// <param name="entry">The target entry, when it exists.</param>
    /// <returns><see langword="true"/> when the target exists.</returns>
    public bool TryResolve(out T? entry) => T.TryGet(Id ?? string.Empty, out entry);

    /// <inheritdoc />
    public bool Equals(Ref<T> other) => string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ref<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The target's id.</summary>
    public override string ToString() => Id ?? string.Empty;

    /// <summary>Compares two references by id.</summary>
    public static bool operator ==(Ref<T> left, Ref<T> right) => left.Equals(right);

    /// <summary>Compares two references by id.</summary>
    public static bool operator !=(Ref<T> left, Ref<T> right) => !left.Equals(right);
}

/// <summary>A <see cref="Ref{T}"/> seen without its type: what readers that work for any schema need of a reference.</summary>
public interface IEntryReference
{
    /// <summary>The id of the entry referred to.</summary>
    string Id { get; }
}
