using System;
using System.Collections.Generic;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>How a table's rows are keyed.</summary>
internal enum RowKey
{
    /// <summary>A collection's table: <c>id</c> is the entry's id.</summary>
    EntryId,

    /// <summary>A nested record's table: <c>id</c> is a number the export counts up, so citations and children can point at the row.</summary>
    Counter,

    /// <summary>A list of plain values or references: the owner and the ordinal are the key.</summary>
    Ordinal,
}

/// <summary>
/// One table and how to fill it from an object (an entry, a reported value, a citation): the columns read from it,
/// the child tables its lists go to, and the citations it holds.
/// </summary>
/// <param name="table">The table.</param>
/// <param name="key">How rows are keyed.</param>
/// <param name="ownerColumn">The column naming the owning row, for child tables.</param>
/// <param name="childOwnerColumn">What this table's own child tables call their owner column.</param>
internal sealed class TableMap(SqlTable table, RowKey key, string? ownerColumn, string childOwnerColumn)
{
    public SqlTable Table { get; } = table;

    public RowKey Key { get; } = key;

    public string? OwnerColumn { get; } = ownerColumn;

    public string ChildOwnerColumn { get; } = childOwnerColumn;

    public List<ColumnMap> Columns { get; } = [];

    public List<ChildMap> Children { get; } = [];

    public List<CitationMap> Citations { get; } = [];
}

/// <summary>A column and how to read its stored value from the row's object.</summary>
/// <param name="Column">The column.</param>
/// <param name="Read">The value to bind (see <see cref="SqlValues.Stored"/>).</param>
internal sealed record ColumnMap(string Column, Func<object, object?> Read);

/// <summary>A list of the row's object, written as rows of a child table with the row as their owner.</summary>
/// <param name="Table">The child table.</param>
/// <param name="Items">The list's items.</param>
internal sealed record ChildMap(TableMap Table, Func<object, IEnumerable<object>> Items);

/// <summary>A list of citations in the row's object, written to the citations table.</summary>
/// <param name="Citation">How a citation record of this type fills a citations row.</param>
/// <param name="Items">The citations.</param>
/// <param name="Container">The record that holds the list (the entry, or a nested record such as a reported value).</param>
/// <param name="PartColumn">The citations column that points at the holding row, when it is a nested record's row.</param>
internal sealed record CitationMap(TableMap Citation, Func<object, IEnumerable<object>> Items, Func<object, object?> Container, string? PartColumn);
