using System;
using System.Collections.Generic;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>
/// A record's fields, in constructor order. A class rather than a record: nested records may refer to
/// themselves, so a shape is created first and its fields filled in afterwards.
/// </summary>
public sealed class RecordShape
{
    private readonly List<FieldShape> fields = [];

    internal RecordShape(Type type) => Type = type;

    /// <summary>The record type.</summary>
    public Type Type { get; }

    /// <summary>The fields, in the order of the constructor's parameters.</summary>
    public IReadOnlyList<FieldShape> Fields => fields;

    internal void Add(FieldShape field) => fields.Add(field);
}

/// <summary>A collection: the content folder it reads and the record each file becomes.</summary>
/// <param name="Folder">The folder below the content root, for example <c>events</c>.</param>
/// <param name="Record">The entry record's shape.</param>
public sealed record CollectionShape(string Folder, RecordShape Record)
{
    /// <summary>The entry record type.</summary>
    public Type Type => Record.Type;
}
