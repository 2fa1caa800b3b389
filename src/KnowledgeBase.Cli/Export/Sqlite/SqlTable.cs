using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>The storage class a column is declared with; SQLite gives the column that affinity.</summary>
internal enum SqlType
{
    Text,
    Integer,
    Real,
}

/// <summary>One column: its type, whether it may be NULL, the table its values refer to, and a CHECK.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">Its declared type.</param>
/// <param name="NotNull">Whether every row has a value.</param>
/// <param name="References">The table whose <c>id</c> its values are (a foreign key), or null.</param>
/// <param name="Check">A CHECK expression over the column, or null.</param>
/// <param name="Comment">What the column holds (the field's doc comment); kept in the schema text.</param>
internal sealed record SqlColumn(string Name, SqlType Type, bool NotNull = false, string? References = null, string? Check = null, string? Comment = null);

/// <summary>A table as it is created: columns in order, keys, and the CREATE TABLE statement.</summary>
internal sealed class SqlTable(string name, string? comment)
{
    private readonly List<SqlColumn> _columns = [];

    public string Name { get; } = name;

    public string? Comment { get; } = comment;

    public IReadOnlyList<SqlColumn> Columns => _columns;

    /// <summary>The primary key's columns.</summary>
    public List<string> PrimaryKey { get; } = [];

    /// <summary>Sets of columns that are unique together.</summary>
    public List<string[]> Unique { get; } = [];

    /// <summary>Foreign keys over several columns: (columns, table, that table's columns).</summary>
    public List<(string[] Columns, string Table, string[] Targets)> CompositeKeys { get; } = [];

    public bool Has(string column) => _columns.Any(existing => existing.Name == column);

    /// <summary>Adds a column; a name already taken is a layout error unless <paramref name="shared"/> and the same column.</summary>
    public void Add(SqlColumn column, bool shared = false)
    {
        ArgumentNullException.ThrowIfNull(column);
        var existing = _columns.FirstOrDefault(other => other.Name == column.Name);
        if (existing is null)
        {
            _columns.Add(column);
            return;
        }

        if (!shared || existing.Type != column.Type || existing.References != column.References)
        {
            throw new InvalidOperationException($"The SQLite export would give table '{Name}' two columns named '{column.Name}'.");
        }
    }

    public string CreateStatement()
    {
        var lines = new List<string>();
        lines.AddRange(_columns.Select(Definition));
        if (PrimaryKey.Count > 1)
        {
            lines.Add("PRIMARY KEY (" + List(PrimaryKey) + ")");
        }

        lines.AddRange(Unique.Select(columns => "UNIQUE (" + List(columns) + ")"));
        lines.AddRange(CompositeKeys.Select(key => "FOREIGN KEY (" + List(key.Columns) + ") REFERENCES " + SqlNames.Quote(key.Table) + " (" + List(key.Targets) + ")"));

        // Comments stay in sqlite_schema, so sqlite3's .schema and Datasette show what each column means.
        var body = string.Join(",\n", lines.Select((line, index) => "  " + line));
        var header = Comment is null ? string.Empty : "-- " + OneLine(Comment) + "\n";
        var columnNotes = _columns.Where(column => column.Comment is not null).Select(column => "--   " + column.Name + ": " + OneLine(column.Comment!));
        var notes = string.Concat(columnNotes.Select(note => note + "\n"));
        return "CREATE TABLE " + SqlNames.Quote(Name) + " (\n" + header + notes + body + "\n)";
    }

    private string Definition(SqlColumn column)
    {
        var definition = SqlNames.Quote(column.Name) + " " + column.Type.ToString().ToUpperInvariant();
        if (PrimaryKey.Count == 1 && PrimaryKey[0] == column.Name)
        {
            definition += " PRIMARY KEY";
        }

        if (column.NotNull)
        {
            definition += " NOT NULL";
        }

        if (column.References is { } target)
        {
            definition += " REFERENCES " + SqlNames.Quote(target) + " (\"id\")";
        }

        if (column.Check is { } check)
        {
            definition += " CHECK (" + check + ")";
        }

        return definition;
    }

    private static string List(IEnumerable<string> columns) => string.Join(", ", columns.Select(SqlNames.Quote));

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
