using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Catalog;

/// <summary>
/// Describes any entry from its collection's generated metadata: every field in declaration order, then the
/// derived values; references, citations and search text as the schema's convention attributes mark them. No
/// collection, field or key is named here.
/// </summary>
internal static class EntryDescriber
{
    public static CatalogEntry Describe(CollectionMetadata collection, IEntry entry) =>
        new(collection.Name, entry.Id, entry, builder => Describe(builder, collection, entry));

    private static void Describe(EntryBuilder builder, CollectionMetadata collection, IEntry entry)
    {
        var record = collection.Record;
        var plan = RecordPlan.Of(record);
        Fields(builder, collection, entry, plan, entry);
        if (builder.KeepsView)
        {
            foreach (var derived in plan.Derived)
            {
                builder.Derived(derived.Key, Plain(derived.Value, derived.GetValue(entry)));
            }
        }

        var title = record.TitleOf(entry);
        var date = plan.Date?.GetValue(entry) as DateOnly?;
        var status = plan.Standing?.GetValue(entry) is EntryStatus standing ? standing : EntryStatus.Current;
        builder.Summary(title, date, status, record.SummaryOf(entry, title));
    }

    // An outline reads only the fields that can hold a reference or a citation; a view reads every field.
    private static void Fields(FieldsBuilder builder, CollectionMetadata collection, IEntry entry, RecordPlan plan, object value)
    {
        var fields = builder.KeepsView ? plan.InDisplayOrder : plan.ForOutline;
        if (fields.IsEmpty)
        {
            return;
        }

        var qualifier = plan.QualifiesReferences is { } qualifying
            ? YamlName(qualifying.Value, qualifying.GetValue(value))
            : null;
        foreach (var field in fields)
        {
            Field(builder, collection, entry, field, field.GetValue(value), qualifier, value);
        }
    }

    private static void Field(FieldsBuilder builder, CollectionMetadata collection, IEntry entry, FieldMetadata field, object? value, string? qualifier, object container)
    {
        var type = field.Value;
        var role = field.Search is { } weight ? RoleOf(weight) : (SearchRole?)null;
        switch (type.Kind)
        {
            case ValueKind.Reference when field.Has(FieldRoles.CitedSource):
                builder.CitedSource(field.Key, type.TargetCollection ?? string.Empty, (value as IEntryReference)?.Id);
                break;
            case ValueKind.Reference:
                var label = qualifier is null ? null : builder.Location + " (" + qualifier + ")";
                builder.Ref(field.Key, type.TargetCollection ?? string.Empty, (value as IEntryReference)?.Id, label);
                break;
            case ValueKind.Record:
                var recordPlan = RecordPlan.Of(type.Record!);
                builder.Object(field.Key, value, (nested, part) => Fields(nested, collection, entry, recordPlan, part));
                break;
            case ValueKind.List when type.Element!.Kind == ValueKind.Reference:
                builder.Refs(field.Key, type.Element.TargetCollection ?? string.Empty, Items(value).OfType<IEntryReference>().Select(reference => reference.Id));
                break;
            case ValueKind.List when type.Element.Kind == ValueKind.Record && field.Has(FieldRoles.Citations):
                // Citations inside a nested record support that part of the entry; the schema says how to name it.
                var context = ReferenceEquals(container, entry) ? null : collection.CitationContext(entry, container);
                var citationPlan = RecordPlan.Of(type.Element.Record!);
                builder.Objects(field.Key, Items(value), (nested, citation) =>
                {
                    Cite(nested, type.Element.Record!, citation, context);
                    Fields(nested, collection, entry, citationPlan, citation);
                });
                break;
            case ValueKind.List when type.Element.Kind == ValueKind.Record:
                var itemPlan = RecordPlan.Of(type.Element.Record!);
                builder.Objects(field.Key, Items(value), (nested, part) => Fields(nested, collection, entry, itemPlan, part));
                break;
            case ValueKind.List when type.Element.Kind == ValueKind.Text:
                builder.Texts(field.Key, [.. Items(value).OfType<string>()], role);
                break;
            case ValueKind.Text:
                builder.Text(field.Key, value as string, role);
                break;
            default:
                if (builder.KeepsView)
                {
                    builder.Value(field.Key, Plain(type, value));
                }

                break;
        }
    }

    private static void Cite(FieldsBuilder builder, RecordMetadata citation, object value, string? context)
    {
        string? Part(FieldRoles role) => citation.WithRole(role)?.GetValue(value) switch
        {
            IEntryReference reference => reference.Id,
            string text => text,
            _ => null,
        };

        if (Part(FieldRoles.CitedSource) is { } source)
        {
            builder.Cite(new CatalogCitation(context, source, Part(FieldRoles.CitedQuote), Part(FieldRoles.CitedLocator)));
        }
    }

    /// <summary>A value without references or citations in it, as the catalog's value tree holds it.</summary>
    private static FieldValue Plain(ValueMetadata type, object? value) => value switch
    {
        null => FieldValue.Absent,
        string text => new TextValue(text),
        bool flag => new BoolValue(flag),
        DateOnly date => new DateValue(date),
        Uri uri => new UriValue(uri),
        decimal number => new NumberValue(number),
        int or long => new NumberValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
        double number => double.IsFinite(number) && Math.Abs(number) < 7.9e28 ? new NumberValue((decimal)number) : new TextValue(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        IEntryReference reference => new RefValue(new EntryKey(type.TargetCollection ?? string.Empty, reference.Id)),
        _ when type.Kind == ValueKind.Enum => YamlName(type, value) is { } name ? new EnumValue(name) : FieldValue.Absent,
        _ when type.Kind == ValueKind.List => new ListValue([.. Items(value).Select(item => Plain(type.Element!, item))]),
        _ when type.Kind == ValueKind.Record && type.Record is { } record =>
            new ObjectValue([.. record.Fields.Select(field => new CatalogField(field.Key, Plain(field.Value, field.GetValue(value))))]),
        _ => new TextValue(value.ToString() ?? string.Empty),
    };

    private static string? YamlName(ValueMetadata type, object? value) =>
        value is null ? null : type.Enum?.Find(value)?.YamlName;

    private static IEnumerable<object> Items(object? list) => ValueMetadata.Items(list);

    // The schema's weights are the catalog's roles, member for member.
    private static SearchRole RoleOf(SearchWeight weight) => weight switch
    {
        SearchWeight.Title => SearchRole.Title,
        SearchWeight.Name => SearchRole.Name,
        SearchWeight.Statement => SearchRole.Statement,
        SearchWeight.Quote => SearchRole.Quote,
        _ => SearchRole.Text,
    };
}
