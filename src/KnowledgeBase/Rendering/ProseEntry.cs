using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Rendering;

/// <summary>
/// One entry's section of the prose document, read through its collection's metadata. The order people read: the
/// title, the other fields, what carries citations, the derived values, and last the standing, so corrections read
/// the same in every collection (within each group by <see cref="DisplayOrderAttribute"/>, then as declared). Verbatim words (<see cref="SearchWeight.Quote"/>)
/// are shown in quotation marks, and so is a reference to an entry titled by a statement (<see cref="SearchWeight.Statement"/>),
/// so it reads as a position rather than a name.
/// </summary>
internal sealed class ProseEntry(ContentMetadata content)
{
    private const FieldRoles StandingRoles = FieldRoles.Standing | FieldRoles.ReplacedBy | FieldRoles.StandingReason;

    public void Write(MarkdownWriter writer, CollectionMetadata collection, IEntry entry)
    {
        var record = collection.Record;
        var fields = record.Fields.Select((field, index) => (Field: field, Index: index))
            .OrderBy(item => Group(item.Field))
            .ThenBy(item => item.Field.DisplayOrder)
            .ThenBy(item => item.Index)
            .Select(item => item.Field)
            .ToList();
        var standing = fields.Where(IsStanding).ToList();
        foreach (var field in fields.Except(standing))
        {
            Write(writer, field, field.GetValue(entry));
        }

        foreach (var derived in record.Computed.Where(field => field.Has(FieldRoles.Derived)))
        {
            writer.Field(derived.DisplayName, Scalar(derived.Value, derived.GetValue(entry)));
        }

        foreach (var field in standing)
        {
            Write(writer, field, field.GetValue(entry));
        }
    }

    // The title first; then the plain fields; then what carries citations (a citation list, or parts such as reported
    // values that have their own), so each section ends with its sources; the standing last of all.
    private static int Group(FieldMetadata field) =>
        field.Has(FieldRoles.Title) ? -1
        : IsStanding(field) ? 2
        : CarriesCitations(field) ? 1
        : 0;

    private static bool CarriesCitations(FieldMetadata field) =>
        field.Has(FieldRoles.Citations)
        || (field.Value.Element ?? field.Value).Record?.Fields.Any(part => part.Has(FieldRoles.Citations)) == true;

    private static bool IsStanding(FieldMetadata field) => (field.Roles & StandingRoles) != 0;

    private void Write(MarkdownWriter writer, FieldMetadata field, object? value)
    {
        if (field.Value.Kind == ValueKind.List)
        {
            writer.Field(field.Name, Items(value).Select(item => Item(field, field.Value.Element!, item)));
        }
        else
        {
            writer.Field(field.Name, value is null ? null : Item(field, field.Value, value));
        }
    }

    private string Item(FieldMetadata field, ValueMetadata type, object value) => type.Kind switch
    {
        ValueKind.Record when field.Has(FieldRoles.Citations) => Citation(type.Record!, value),
        ValueKind.Record => Record(type.Record!, value),
        ValueKind.Reference => Reference(type.TargetCollection, ((IEntryReference)value).Id),
        ValueKind.Text when field.Search == SearchWeight.Quote => Prose.Quoted((string)value),
        _ => Scalar(type, value) ?? string.Empty,
    };

    /// <summary>
    /// A nested record in one line: its own <see cref="EntrySummaryAttribute"/> text when it has one, else the value
    /// of its <see cref="QualifiesReferencesAttribute"/> field before the rest (<c>supports: AI scaling (topics/…)</c>),
    /// else each field with its label; then its citations, one sub-bullet each.
    /// </summary>
    private string Record(RecordMetadata record, object value)
    {
        var citations = record.Fields.Where(field => field.Has(FieldRoles.Citations)).ToList();
        var line = record.Computed.FirstOrDefault(field => field.Has(FieldRoles.Summary))?.GetValue(value) as string;
        if (line is null)
        {
            var qualifier = record.WithRole(FieldRoles.QualifiesReferences);
            var rest = record.Fields.Where(field => field != qualifier && !citations.Contains(field))
                .Select(field => (Field: field, Value: field.GetValue(value)))
                .Where(part => part.Value is not null && !(part.Value is IEnumerable list and not string && !list.Cast<object>().Any()))
                .Select(part => Describe(part.Field, part.Value!, labelled: qualifier is null));
            var text = string.Join("; ", rest);
            line = qualifier?.GetValue(value) is { } kind ? Scalar(qualifier.Value, kind) + ": " + text : text;
        }

        var cited = citations.SelectMany(field => Items(field.GetValue(value)).Select(citation => "\n- " + Citation(field.Value.Element!.Record!, citation)));
        return line + string.Concat(cited);
    }

    private string Describe(FieldMetadata field, object value, bool labelled)
    {
        var text = field.Value.Kind == ValueKind.List
            ? string.Join(", ", Items(value).Select(item => Item(field, field.Value.Element!, item)))
            : Item(field, field.Value, value);
        return labelled ? MarkdownWriter.Label(field.Name) + ": " + text : text;
    }

    /// <summary>A citation as a reader cites it: title, publisher, date, then where in the source and its words.</summary>
    private string Citation(RecordMetadata citation, object value)
    {
        var sourceField = citation.WithRole(FieldRoles.CitedSource);
        var id = (sourceField?.GetValue(value) as IEntryReference)?.Id ?? string.Empty;
        var collection = sourceField?.Value.TargetCollection is { } name ? content.Find(name) : null;
        var text = new System.Text.StringBuilder();
        if (collection?.Find(id) is { } source)
        {
            var record = collection.Record;
            var publisher = record.Fields.FirstOrDefault(field => field.Search == SearchWeight.Name && field.Value.Kind == ValueKind.Text);
            var date = record.WithRole(FieldRoles.Date)?.GetValue(source) is DateOnly day ? Prose.Date(day) : "undated";
            text.Append('*').Append(TitleOf(collection, source)).Append("*, ");
            if (publisher?.GetValue(source) is string by)
            {
                text.Append(by).Append(", ");
            }

            text.Append(date);
        }
        else
        {
            text.Append("missing source");
        }

        text.Append(" (").Append(collection?.Name ?? sourceField?.Value.TargetCollection).Append('/').Append(id).Append(')');
        if (citation.WithRole(FieldRoles.CitedLocator)?.GetValue(value) is string locator)
        {
            text.Append(", at ").Append(locator);
        }

        if (citation.WithRole(FieldRoles.CitedQuote)?.GetValue(value) is string quote)
        {
            text.Append(": ").Append(Prose.Quoted(quote));
        }

        return text.ToString();
    }

    private string Reference(string? target, string id)
    {
        var key = target + "/" + id;
        var collection = target is null ? null : content.Find(target);
        if (collection?.Find(id) is not { } entry)
        {
            return "missing entry (" + key + ")";
        }

        var title = TitleOf(collection, entry);
        var isStatement = collection.Record.WithRole(FieldRoles.Title)?.Search == SearchWeight.Statement;
        return (isStatement ? Prose.Quoted(title) : title) + " (" + key + ")";
    }

    private static string TitleOf(CollectionMetadata collection, IEntry entry) => collection.Record.TitleOf(entry);

    private static string? Scalar(ValueMetadata type, object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "yes" : "no",
        DateOnly date => Prose.Date(date),
        Uri uri => uri.OriginalString,
        decimal number => Prose.Number(number),
        IFormattable number when type.Kind is ValueKind.WholeNumber or ValueKind.FloatingNumber => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ when type.Kind == ValueKind.Enum => type.Enum?.Find(value)?.YamlName,
        _ when type.Kind == ValueKind.Record && type.Record is { } record => Range(record, value),
        _ => value.ToString(),
    };

    // A derived record such as a spread reads as its values in order: "-600 to -589".
    private static string Range(RecordMetadata record, object value) =>
        string.Join(" to ", record.Fields.Select(field => Scalar(field.Value, field.GetValue(value))).Where(text => text is not null));

    private static IEnumerable<object> Items(object? list) => ValueMetadata.Items(list);
}
