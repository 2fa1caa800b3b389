using System;
using System.Collections.Generic;

namespace KnowledgeBase.Metadata;

/// <summary>
/// One collection, as generated from its record: the folder, how readers name it, its fields and its entries.
/// Readers that work for any schema (the catalog, exports, the prose document, JSON Schemas) start here.
/// </summary>
public abstract class CollectionMetadata
{
    private protected CollectionMetadata(string name, string singular, string description, int order, RecordMetadata record)
    {
        Name = name;
        Singular = singular;
        Description = description;
        Order = order;
        Record = record;
    }

    /// <summary>The content folder: <c>events</c>.</summary>
    public string Name { get; }

    /// <summary>One entry's kind: <c>event</c>.</summary>
    public string Singular { get; }

    /// <summary>What the collection holds, in a few words.</summary>
    public string Description { get; }

    /// <summary>Where readers list it (see <see cref="CollectionAttribute.Order"/>).</summary>
    public int Order { get; }

    /// <summary>The record's fields.</summary>
    public RecordMetadata Record { get; }

    /// <summary>The record type.</summary>
    public Type Type => Record.Type;

    /// <summary>Every entry, sorted by id.</summary>
    public abstract IReadOnlyList<IEntry> Entries { get; }

    /// <summary>Finds an entry by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entry, or null.</returns>
    public abstract IEntry? Find(string id);

    /// <summary>
    /// What the citations inside <paramref name="part"/>, a nested record of <paramref name="entry"/>, support
    /// (see <see cref="CitationContextAttribute"/>); null when the schema does not say.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <param name="part">A nested record of it.</param>
    /// <returns>The text, or null.</returns>
    public abstract string? CitationContext(IEntry entry, object part);

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A collection with its typed entries.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class CollectionMetadata<T> : CollectionMetadata
    where T : class, IEntry<T>
{
    private readonly Func<T, object, string?>? _citationContext;

    /// <summary>Creates the description; generated code calls this.</summary>
    /// <param name="singular">One entry's kind.</param>
    /// <param name="description">What the collection holds.</param>
    /// <param name="order">Where readers list it.</param>
    /// <param name="record">The record's fields.</param>
    /// <param name="citationContext">The record's <see cref="CitationContextAttribute"/> method, when it has one.</param>
    public CollectionMetadata(string singular, string description, int order, RecordMetadata record, Func<T, object, string?>? citationContext = null)
        : base(T.CollectionName, singular, description, order, record) => _citationContext = citationContext;

    /// <inheritdoc/>
    public override IReadOnlyList<IEntry> Entries => T.All;

    /// <inheritdoc/>
    public override IEntry? Find(string id) => T.TryGet(id, out var entry) ? entry : null;

    /// <inheritdoc/>
    public override string? CitationContext(IEntry entry, object part) => _citationContext?.Invoke((T)entry, part);
}
