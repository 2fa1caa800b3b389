using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// The database's tables, worked out from the generated metadata alone: a table per collection, a column per scalar
/// field (a nested record's fields flattened in with its key as prefix), a child table per list, one citations
/// table for every list the schema marks <see cref="FieldRoles.Citations"/>, and an entries table with each entry's
/// title, date, standing and summary as the roles say. No collection, field or key of a schema is named here.
/// </summary>
internal sealed class ExportLayout
{
    public const string EntriesTable = "entries";
    public const string CitationsTable = "citations";
    public const string SearchTable = "search";
    public const string MetadataTable = "metadata";

    private readonly ContentMetadata _metadata;
    private readonly List<SqlTable> _tables = [];

    // The search index and metadata table are made apart; their names are taken so a collection of the same name is a clear error.
    private readonly HashSet<string> _names = [SearchTable, MetadataTable];
    private readonly Dictionary<Type, TableMap> _citationMaps = [];
    private readonly HashSet<Type> _path = [];
    private readonly List<(CollectionMetadata, TableMap)> _collections = [];

    private ExportLayout(ContentMetadata metadata)
    {
        _metadata = metadata;
        Entries = NewTable(EntriesTable, "Every entry of every collection: its title, date, standing and summary, as the schema's roles say.");
        Entries.Add(new SqlColumn("collection", SqlType.Text, NotNull: true, Comment: "The collection's table."));
        Entries.Add(new SqlColumn("id", SqlType.Text, NotNull: true));
        Entries.Add(new SqlColumn("title", SqlType.Text, NotNull: true));
        Entries.Add(new SqlColumn("date", SqlType.Text, Comment: "The day the entry is dated by, yyyy-MM-dd."));
        Entries.Add(new SqlColumn("status", SqlType.Text));
        Entries.Add(new SqlColumn("summary", SqlType.Text));
        Entries.PrimaryKey.AddRange(["collection", "id"]);

        Citations = NewTable(CitationsTable, "Every citation of every entry, nested ones included, with what it supports.");
        Citations.Add(new SqlColumn("id", SqlType.Integer));
        Citations.PrimaryKey.Add("id");
        Citations.Add(new SqlColumn("collection", SqlType.Text, NotNull: true, Comment: "The citing entry's collection table."));
        Citations.Add(new SqlColumn("entry_id", SqlType.Text, NotNull: true, Comment: "The citing entry's id."));
        Citations.Add(new SqlColumn("ordinal", SqlType.Integer, NotNull: true, Comment: "Position in its list, from 1."));
        Citations.Add(new SqlColumn("supports", SqlType.Text, Comment: "For a citation inside a nested record (a reported value), what it supports."));
        Citations.CompositeKeys.Add((["collection", "entry_id"], EntriesTable, ["collection", "id"]));

        foreach (var collection in metadata.Collections)
        {
            var table = NewTable(SqlNames.Snake(collection.Name), collection.Record.Summary ?? collection.Description);
            table.Add(new SqlColumn("id", SqlType.Text, NotNull: true, Comment: "The entry's id: its YAML file name."));
            table.PrimaryKey.Add("id");
            var map = new TableMap(table, RowKey.EntryId, null, SqlNames.Snake(collection.Singular) + "_id");
            MapRecord(map, collection.Record, entry => entry, prefix: string.Empty, optional: false);
            _collections.Add((collection, map));
        }

        // The citations table last, after every list of citations has added its columns.
        _tables.Remove(Citations);
        _tables.Add(Citations);
    }

    public SqlTable Entries { get; }

    public SqlTable Citations { get; }

    /// <summary>Every collection with its table, in the metadata's order.</summary>
    public IReadOnlyList<(CollectionMetadata Collection, TableMap Table)> Collections => _collections;

    /// <summary>Every ordinary table in the order it is created.</summary>
    public IReadOnlyList<SqlTable> Tables => _tables;

    /// <summary>The full-text columns: one per <see cref="SearchWeight"/>, so a query can weigh titles above quotes.</summary>
    public static IReadOnlyList<SearchWeight> SearchColumns { get; } = Enum.GetValues<SearchWeight>();

    public static ExportLayout For(ContentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new(metadata);
    }

    private void MapRecord(TableMap map, RecordMetadata record, Func<object, object?> read, string prefix, bool optional)
    {
        if (!_path.Add(record.Type))
        {
            throw new NotSupportedException($"The SQLite export cannot lay out '{record.Type.Name}', a record that contains itself.");
        }

        // Derived values are columns too (a figure's disputed flag); computed summaries only feed the entries table.
        foreach (var field in record.Fields.Concat(record.Computed.Where(field => field.Has(FieldRoles.Derived))))
        {
            var name = prefix + ColumnName(map, field);
            object? Value(object row) => read(row) is { } holder ? field.GetValue(holder) : null;
            var notNull = !optional && field.IsRequired && !field.Has(FieldRoles.Derived);
            MapField(map, field, Value, read, name, notNull);
        }

        _path.Remove(record.Type);
    }

    private void MapField(TableMap map, FieldMetadata field, Func<object, object?> read, Func<object, object?> container, string name, bool notNull)
    {
        var type = field.Value;
        switch (type.Kind)
        {
            case ValueKind.Record:
                MapRecord(map, type.Record!, read, name + "_", optional: !notNull);
                break;
            case ValueKind.List when field.Has(FieldRoles.Citations) && type.Element!.Record is { } citation:
                string? part = null;
                if (map.Key == RowKey.Counter)
                {
                    part = map.Table.Name + "_id";
                    Citations.Add(new SqlColumn(part, SqlType.Integer, References: map.Table.Name, Comment: "The " + map.Table.Name + " row the citation supports."), shared: true);
                }

                map.Citations.Add(new CitationMap(CitationMapFor(citation), row => SqlValues.Items(read(row)), container, part));
                break;
            case ValueKind.List:
                var child = ListTable(map, name, type.Element!, field.Summary);
                map.Children.Add(new ChildMap(child, row => SqlValues.Items(read(row))));
                break;
            default:
                AddScalar(map, name, type, read, notNull, field.Summary);
                break;
        }
    }

    private void AddScalar(TableMap map, string name, ValueMetadata type, Func<object, object?> read, bool notNull, string? comment)
    {
        var shared = ReferenceEquals(map.Table, Citations);
        var references = type.Kind == ValueKind.Reference ? TargetTable(type) : null;
        map.Table.Add(new SqlColumn(name, SqlValues.TypeOf(type.Kind), notNull, references, SqlValues.CheckFor(name, type), comment), shared);
        map.Columns.Add(new ColumnMap(name, row => SqlValues.Stored(type, read(row))));
        if (type.Kind == ValueKind.ExactNumber)
        {
            // REAL is what SQL arithmetic wants; the text keeps every digit a decimal had, which a double may not.
            var exact = name + "_exact";
            map.Table.Add(new SqlColumn(exact, SqlType.Text, notNull, Comment: name + " exactly as written, every decimal digit kept."), shared);
            map.Columns.Add(new ColumnMap(exact, row => SqlValues.Exact(read(row))));
        }
    }

    private TableMap ListTable(TableMap owner, string name, ValueMetadata element, string? comment)
    {
        var table = NewTable(owner.Table.Name + "_" + name, comment);
        var keyed = element.Kind is ValueKind.Record or ValueKind.List;
        var map = new TableMap(table, keyed ? RowKey.Counter : RowKey.Ordinal, owner.ChildOwnerColumn, table.Name + "_id");
        if (keyed)
        {
            table.Add(new SqlColumn("id", SqlType.Integer));
            table.PrimaryKey.Add("id");
        }

        var ownerType = owner.Key == RowKey.EntryId ? SqlType.Text : SqlType.Integer;
        table.Add(new SqlColumn(owner.ChildOwnerColumn, ownerType, NotNull: true, References: owner.Table.Name, Comment: "The owning " + owner.Table.Name + " row."));
        table.Add(new SqlColumn("ordinal", SqlType.Integer, NotNull: true, Comment: "Position in the list, from 1."));
        if (keyed)
        {
            table.Unique.Add([owner.ChildOwnerColumn, "ordinal"]);
        }
        else
        {
            table.PrimaryKey.AddRange([owner.ChildOwnerColumn, "ordinal"]);
        }

        switch (element.Kind)
        {
            case ValueKind.Record:
                MapRecord(map, element.Record!, row => row, prefix: string.Empty, optional: false);
                break;
            case ValueKind.List:
                map.Children.Add(new ChildMap(ListTable(map, "value", element.Element!, null), row => SqlValues.Items(row)));
                break;
            default:
                var column = element.Kind == ValueKind.Reference ? ReferenceColumn(owner, name, element) : "value";
                AddScalar(map, column, element, row => row, notNull: true, comment: null);
                break;
        }

        return map;
    }

    /// <summary>One citations-row layout per citation record type; role fields get the same column whatever their key.</summary>
    private TableMap CitationMapFor(RecordMetadata citation)
    {
        if (_citationMaps.TryGetValue(citation.Type, out var existing))
        {
            return existing;
        }

        var map = new TableMap(Citations, RowKey.Counter, null, CitationsTable + "_id");
        _citationMaps.Add(citation.Type, map);
        MapRecord(map, citation, row => row, prefix: string.Empty, optional: false);
        return map;
    }

    private static string ColumnName(TableMap map, FieldMetadata field) =>
        map.Table.Name != CitationsTable ? SqlNames.Snake(field.Key)
        : field.Has(FieldRoles.CitedSource) ? "source_id"
        : field.Has(FieldRoles.CitedQuote) ? "quote"
        : field.Has(FieldRoles.CitedLocator) ? "locator"
        : SqlNames.Snake(field.Key);

    /// <summary>A join table's reference column: the target's singular and <c>_id</c>, or the field's name when that is the owner's.</summary>
    private string ReferenceColumn(TableMap owner, string field, ValueMetadata element)
    {
        var target = _metadata.Find(element.TargetCollection ?? string.Empty);
        var column = SqlNames.Snake(target?.Singular ?? field) + "_id";
        return column == owner.ChildOwnerColumn ? field + "_id" : column;
    }

    private static string TargetTable(ValueMetadata reference) =>
        SqlNames.Snake(reference.TargetCollection ?? throw new InvalidOperationException("A reference without a target collection."));

    private SqlTable NewTable(string name, string? comment)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"The SQLite export would create two tables named '{name}'; rename the collection or field.");
        }

        var created = new SqlTable(name, comment);
        _tables.Add(created);
        return created;
    }
}
