using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Export.Sqlite;
using KnowledgeBase.Metadata;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Export;

/// <summary>
/// The tables follow the generated metadata: every field of every record, nested ones included, is a column, a
/// child table or (for citations) the citations table, so a new field or collection needs no export code.
/// </summary>
public class SqliteLayoutTests(ExportedDatabase database) : IClassFixture<ExportedDatabase>
{
    private static readonly ContentMetadata s_metadata = ContentMetadata.Of(typeof(KnowledgeCatalog).Assembly);

    [Fact]
    public void Every_field_of_every_collection_has_a_column_or_a_table()
    {
        var missing = new List<string>();
        foreach (var collection in s_metadata.Collections)
        {
            var table = SqlNames.Snake(collection.Name);
            Assert.Equal("id", Columns(table)[0]);
            Check(table, collection.Record, prefix: string.Empty, missing);
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_citations_table_has_a_column_for_every_field_of_a_citation()
    {
        var citationRecords = AllFields().Where(field => field.Has(FieldRoles.Citations)).Select(field => field.Value.Element!.Record!).Distinct();
        var columns = Columns("citations");

        foreach (var field in citationRecords.SelectMany(record => record.Fields))
        {
            var expected = field.Has(FieldRoles.CitedSource) ? "source_id" : field.Has(FieldRoles.CitedQuote) ? "quote" : field.Has(FieldRoles.CitedLocator) ? "locator" : SqlNames.Snake(field.Key);
            Assert.Contains(expected, columns);
        }
    }

    [Fact]
    public void Every_reference_is_a_foreign_key_to_its_targets_table()
    {
        foreach (var collection in s_metadata.Collections)
        {
            var table = SqlNames.Snake(collection.Name);
            var keys = ForeignKeys(table);
            foreach (var field in collection.Record.Fields.Where(field => field.Value.Kind == ValueKind.Reference))
            {
                Assert.Contains((SqlNames.Snake(field.Key), SqlNames.Snake(field.Value.TargetCollection!)), keys);
            }

            foreach (var field in collection.Record.Fields.Where(field => field.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Reference }))
            {
                var join = ForeignKeys(table + "_" + SqlNames.Snake(field.Key));
                var owner = SqlNames.Snake(collection.Singular) + "_id";
                Assert.Contains((owner, table), join);
                Assert.Contains(join, key => key.Column != owner && key.Table == SqlNames.Snake(field.Value.Element!.TargetCollection!));
            }
        }
    }

    private void Check(string table, RecordMetadata record, string prefix, List<string> missing)
    {
        var columns = Columns(table);
        foreach (var field in record.Fields.Concat(record.Computed.Where(field => field.Has(FieldRoles.Derived))))
        {
            var name = prefix + SqlNames.Snake(field.Key);
            var type = field.Value;
            var found = type.Kind switch
            {
                ValueKind.List when field.Has(FieldRoles.Citations) => Columns("citations").Count > 0,
                ValueKind.List => Tables().Contains(table + "_" + name),
                ValueKind.Record => true,
                _ => columns.Contains(name),
            };
            if (!found)
            {
                missing.Add(table + "." + name);
            }

            if (type.Kind == ValueKind.Record)
            {
                Check(table, type.Record!, name + "_", missing);
            }
            else if (type is { Kind: ValueKind.List, Element.Record: { } nested } && !field.Has(FieldRoles.Citations))
            {
                Check(table + "_" + name, nested, string.Empty, missing);
            }
        }
    }

    private static IEnumerable<FieldMetadata> AllFields() =>
        s_metadata.Collections.SelectMany(collection => Walk(collection.Record, []));

    private static IEnumerable<FieldMetadata> Walk(RecordMetadata record, HashSet<RecordMetadata> seen)
    {
        if (!seen.Add(record))
        {
            yield break;
        }

        foreach (var field in record.Fields)
        {
            yield return field;
            if ((field.Value.Element?.Record ?? field.Value.Record) is { } nested)
            {
                foreach (var inner in Walk(nested, seen))
                {
                    yield return inner;
                }
            }
        }
    }

    private List<string> Columns(string table) =>
        [.. database.Query($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(row => (string)row[0]!)];

    private List<string> Tables() =>
        [.. database.Query("SELECT name FROM sqlite_schema WHERE type = 'table'").Select(row => (string)row[0]!)];

    private List<(string Column, string Table)> ForeignKeys(string table) =>
        [.. database.Query($"SELECT \"from\", \"table\" FROM pragma_foreign_key_list('{table}')").Select(row => ((string)row[0]!, (string)row[1]!))];
}
