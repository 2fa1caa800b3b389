using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>What the schema's roles say about one entry beyond its title and summary (<c>RecordMetadata</c> gives those): its date, standing and searchable text.</summary>
internal static class EntryRoles
{
    public static object? Date(RecordMetadata record, IEntry entry) => Scalar(record, entry, FieldRoles.Date);

    public static object? Status(RecordMetadata record, IEntry entry) => Scalar(record, entry, FieldRoles.Standing);

    /// <summary>Every searchable text in the entry, nested records and citations included, by its search weight.</summary>
    public static Dictionary<SearchWeight, List<string>> SearchTexts(RecordMetadata record, IEntry entry)
    {
        var texts = new Dictionary<SearchWeight, List<string>>();
        Collect(record, entry, texts);
        return texts;
    }

    private static void Collect(RecordMetadata record, object value, Dictionary<SearchWeight, List<string>> texts)
    {
        foreach (var field in record.Fields)
        {
            var content = field.GetValue(value);
            var type = field.Value;
            var nested = type.Kind == ValueKind.List ? type.Element!.Record : type.Record;
            if (nested is not null)
            {
                foreach (var part in type.Kind == ValueKind.List ? SqlValues.Items(content) : content is null ? [] : [content])
                {
                    Collect(nested, part, texts);
                }
            }
            else if (field.Search is { } weight)
            {
                var strings = content is string text ? [text] : SqlValues.Items(content).OfType<string>();
                if (!texts.TryGetValue(weight, out var list))
                {
                    texts.Add(weight, list = []);
                }

                list.AddRange(strings.Where(text => !string.IsNullOrWhiteSpace(text)));
            }
        }
    }

    private static object? Scalar(RecordMetadata record, IEntry entry, FieldRoles role) =>
        record.WithRole(role) is { } field ? SqlValues.Stored(field.Value, field.GetValue(entry)) : null;
}
