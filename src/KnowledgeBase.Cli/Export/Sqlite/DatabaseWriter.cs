using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Metadata;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>Creates the layout's tables and writes entries into them, row by row, with one prepared INSERT per column set.</summary>
internal sealed class DatabaseWriter(SqliteConnection connection, ExportLayout layout) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _inserts = [];
    private readonly Dictionary<SqlTable, long> _lastIds = [];

    public void CreateTables()
    {
        foreach (var table in layout.Tables)
        {
            Execute(table.CreateStatement());
        }

        var columns = string.Join(", ", ExportLayout.SearchColumns.Select(weight => SqlNames.Quote(SqlNames.Snake(weight.ToString()))));
        Execute("CREATE VIRTUAL TABLE " + SqlNames.Quote(ExportLayout.SearchTable) + " USING fts5(collection UNINDEXED, id UNINDEXED, " + columns + ")");
        Execute("CREATE TABLE " + SqlNames.Quote(ExportLayout.MetadataTable) + " (\n  \"key\" TEXT PRIMARY KEY,\n  \"value\" TEXT NOT NULL\n)");
    }

    public void WriteEntry(CollectionMetadata collection, TableMap table, IEntry entry)
    {
        var record = collection.Record;
        var title = record.TitleOf(entry);
        Insert(layout.Entries.Name,
        [
            ("collection", table.Table.Name),
            ("id", entry.Id),
            ("title", title),
            ("date", EntryRoles.Date(record, entry)),
            ("status", EntryRoles.Status(record, entry)),
            ("summary", record.SummaryOf(entry, title)),
        ]);
        WriteRow(table, entry, owner: null, ordinal: 0, new EntryContext(collection, table.Table.Name, entry));

        var texts = EntryRoles.SearchTexts(record, entry);
        Insert(ExportLayout.SearchTable,
        [
            ("collection", table.Table.Name),
            ("id", entry.Id),
            .. ExportLayout.SearchColumns.Select(weight =>
                (SqlNames.Snake(weight.ToString()), (object?)(texts.TryGetValue(weight, out var list) ? string.Join("\n", list) : null))),
        ]);
    }

    public void WriteMetadata(IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (key, value) in values)
        {
            Insert(ExportLayout.MetadataTable, [("key", key), ("value", value)]);
        }
    }

    public void Dispose()
    {
        foreach (var command in _inserts.Values)
        {
            command.Dispose();
        }
    }

    private void WriteRow(TableMap map, object item, object? owner, long ordinal, EntryContext context)
    {
        var values = new List<(string, object?)>();
        object? key = map.Key switch
        {
            RowKey.EntryId => context.Entry.Id,
            RowKey.Counter => NextId(map.Table),
            _ => null,
        };
        if (key is not null)
        {
            values.Add(("id", key));
        }

        if (map.OwnerColumn is { } ownerColumn)
        {
            values.Add((ownerColumn, owner));
            values.Add(("ordinal", ordinal));
        }

        values.AddRange(map.Columns.Select(column => (column.Column, column.Read(item))));
        Insert(map.Table.Name, values);
        WriteParts(map, item, key, context);
    }

    private void WriteParts(TableMap map, object item, object? key, EntryContext context)
    {
        foreach (var child in map.Children)
        {
            var ordinal = 1L;
            foreach (var element in child.Items(item))
            {
                WriteRow(child.Table, element, key, ordinal++, context);
            }
        }

        foreach (var citations in map.Citations)
        {
            // A citation inside a nested record supports that part (a reported value); the schema says how to name it.
            var container = citations.Container(item);
            var supports = container is null || ReferenceEquals(container, context.Entry) ? null : context.Collection.CitationContext(context.Entry, container);
            var ordinal = 1L;
            foreach (var citation in citations.Items(item))
            {
                WriteCitation(citations, citation, context, supports, key, ordinal++);
            }
        }
    }

    private void WriteCitation(CitationMap citations, object citation, EntryContext context, string? supports, object? partKey, long ordinal)
    {
        var id = NextId(layout.Citations);
        var values = new List<(string, object?)>
        {
            ("id", id),
            ("collection", context.Table),
            ("entry_id", context.Entry.Id),
            ("ordinal", ordinal),
            ("supports", supports),
        };
        if (citations.PartColumn is { } part)
        {
            values.Add((part, partKey));
        }

        values.AddRange(citations.Citation.Columns.Select(column => (column.Column, column.Read(citation))));
        Insert(layout.Citations.Name, values);
        WriteParts(citations.Citation, citation, id, context);
    }

    private long NextId(SqlTable table)
    {
        var id = _lastIds.GetValueOrDefault(table) + 1;
        _lastIds[table] = id;
        return id;
    }

    private void Insert(string table, List<(string Column, object? Value)> values)
    {
        var signature = table + "(" + string.Join(",", values.Select(value => value.Column)) + ")";
        if (!_inserts.TryGetValue(signature, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = "INSERT INTO " + SqlNames.Quote(table) + " (" + string.Join(", ", values.Select(value => SqlNames.Quote(value.Column)))
                + ") VALUES (" + string.Join(", ", values.Select((_, index) => "$p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
            for (var index = 0; index < values.Count; index++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }

            command.Prepare();
            _inserts.Add(signature, command);
        }

        for (var index = 0; index < values.Count; index++)
        {
            command.Parameters[index].Value = values[index].Value ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The entry whose rows are being written, for citations and their context.</summary>
    private sealed record EntryContext(CollectionMetadata Collection, string Table, IEntry Entry);
}
