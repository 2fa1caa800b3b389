using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// Applies the rules declared by attributes on the schema (<see cref="FieldRules"/>, <c>[RequireOneOf]</c>) to one
/// bound record of one file, reading its typed values, and collects the <see cref="RuleFacts"/> that rules across
/// entries need. Conditions (<c>[RequiredWhen("status", …)]</c>) read the named field from the record being
/// checked, then from the records that contain it, so a value nested in an entry can depend on the entry's own fields.
/// </summary>
internal sealed class ContentRules(ParsedFile file, CollectionModel collection, SchemaModel schema, Action<DiagnosticDescriptor, LocationInfo, string[]> report)
{
    /// <summary>Rule errors leave a buildable value: the build fails on the error, and the entry's member still works.</summary>
    private static readonly HashSet<string> NonFatalIds = new(StringComparer.Ordinal)
    {
        Descriptors.TooFewItems.Id, Descriptors.EmptyText.Id, Descriptors.TextTooLong.Id, Descriptors.RequiredWhen.Id,
        Descriptors.AllowedWhen.Id, Descriptors.SelfReference.Id, Descriptors.ValueAboveOther.Id,
        Descriptors.AlternativesNotMet.Id, Descriptors.OutOfRange.Id,
    };

    private readonly List<(RecordValue Record, RecordShape Shape)> enclosing = [];

    public static bool IsNonFatal(DiagnosticInfo diagnostic) => NonFatalIds.Contains(diagnostic.DescriptorId);

    /// <summary>Called as binding enters a record; <see cref="Leave"/> when it is done with it.</summary>
    public void Enter(RecordValue record, RecordShape shape) => enclosing.Add((record, shape));

    /// <summary>The current record, now with its nested records bound too.</summary>
    public void Replace(RecordValue record) => enclosing[enclosing.Count - 1] = (record, enclosing[enclosing.Count - 1].Shape);

    public void Leave() => enclosing.RemoveAt(enclosing.Count - 1);

    /// <summary>Checks the current record (the last one entered). <paramref name="keys"/> holds where each field's key is written, by field, or null.</summary>
    public void Check(RecordValue record, RecordShape shape, IReadOnlyList<YamlNode?> keys)
    {
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var field = shape.Fields[i];
            if (field.Rules is { IsNone: false } rules)
            {
                var value = record.Fields[i] is AbsentValue ? null : record.Fields[i];
                CheckField(record, shape, field, rules, value, keys[i]);
            }
        }

        if (shape.RequireOneOf.Count > 0)
        {
            CheckAlternatives(record, shape, keys);
        }
    }

    /// <summary>What the cross-entry rules need of this entry: its dates, its dated and counted references, its chain links.</summary>
    public RuleFacts Facts(RecordValue? root, IReadOnlyList<ReferenceUse> references)
    {
        DateValue? entryDate = null, publishedOn = null;
        var links = new List<ReferenceUse>();
        if (root is not null)
        {
            enclosing.Add((root, collection.Shape));
            for (var i = 0; i < collection.Shape.Fields.Count; i++)
            {
                var field = collection.Shape.Fields[i];
                if (field.Rules is not { IsNone: false } rules || IsExempt(rules))
                {
                    continue;
                }

                var value = root.Fields[i];
                entryDate = rules.EntryDate && value is DateValue date ? date : entryDate;
                publishedOn = rules.PublishedOn && value is DateValue published ? published : publishedOn;
                if (rules.Acyclic && value is ReferenceValue link)
                {
                    links.Add(new ReferenceUse(field.Key, collection.TypeName, collection.Folder, link.Id, file.Path, link.Range));
                }
            }

            enclosing.Clear();
        }

        // Plain loops: this runs once per entry, and most entries have a few references or none.
        var dated = new List<ReferenceUse>();
        var used = new List<EntryKey>();
        foreach (var reference in references)
        {
            var target = schema.FindByType(reference.TargetType);
            if (entryDate is not null && target is { HasPublicationDate: true })
            {
                dated.Add(reference);
            }

            if (target is { MustBeReferenced: true } && !(reference.TargetType == collection.TypeName && reference.Id == file.Id))
            {
                used.Add(new EntryKey(reference.TargetType, reference.Id));
            }
        }

        // Sorted, each once: equal facts for the same uses in any order. Kept in place in one pass, whatever the repeats.
        used.Sort();
        var distinct = 0;
        for (var i = 0; i < used.Count; i++)
        {
            if (distinct == 0 || used[i] != used[distinct - 1])
            {
                used[distinct++] = used[i];
            }
        }

        used.RemoveRange(distinct, used.Count - distinct);

        return new RuleFacts(
            collection.TypeName,
            collection.Folder,
            file.Id,
            file.Path,
            entryDate is null ? null : new DayOf(entryDate.DayNumber, entryDate.Iso),
            publishedOn is null ? null : new DayOf(publishedOn.DayNumber, publishedOn.Iso),
            collection.MustBeReferenced,
            dated.ToEquatableArray(),
            used.ToEquatableArray(),
            links.ToEquatableArray());
    }

    private void CheckField(RecordValue record, RecordShape shape, FieldModel field, FieldRules rules, BoundValue? value, YamlNode? key)
    {
        if (IsExempt(rules))
        {
            return;
        }

        if (rules.RequiredWhen is { } required && value is null && Lookup(required.Key) is { } decider && required.Matches(Matchable(decider)))
        {
            report(Descriptors.RequiredWhen, At(decider), [field.Key, required.Key, Written(decider)]);
        }

        if (rules.AllowedWhen is { } allowed && value is not null && !allowed.Matches(Lookup(allowed.Key) is { } current ? Matchable(current) : null))
        {
            report(Descriptors.AllowedWhen, key is null ? At(value) : key.Range.In(file.Path), [field.Key, allowed.Key, allowed.DescribeValues()]);
        }

        if (value is null)
        {
            // A required field that is missing is already KB0005; an optional list left out is empty.
            if (rules.MinItems is > 0 && !field.IsRequired)
            {
                report(Descriptors.TooFewItems, At(record, startOnly: true), [field.Key, Count(rules.MinItems.Value), "none, as it is left out"]);
            }

            return;
        }

        if (rules.MinItems is { } minimum && value is ListValue list && list.Items.Count < minimum)
        {
            report(Descriptors.TooFewItems, At(list), [field.Key, Count(minimum), list.Items.Count == 0 ? "none" : Count(list.Items.Count)]);
        }

        var other = rules.NotAbove is { } otherKey ? FieldOf(record, shape, otherKey) : null;
        // Every scalar the value holds: itself, or a list's scalar items.
        if (value is ListValue items)
        {
            foreach (var item in items.Items)
            {
                if (IsScalar(item))
                {
                    CheckScalar(field, rules, item, other);
                }
            }
        }
        else if (IsScalar(value))
        {
            CheckScalar(field, rules, value, other);
        }
    }

    private void CheckScalar(FieldModel field, FieldRules rules, BoundValue scalar, BoundValue? other)
    {
        if (scalar is TextValue text)
        {
            if (rules.NotEmpty && BlankText.IsBlank(text.Text))
            {
                report(Descriptors.EmptyText, At(scalar), [field.Key]);
            }

            if (rules.MaxLength is { } limit && CodePoints(text.Text) is var length && length > limit)
            {
                report(Descriptors.TextTooLong, At(scalar), [field.Key, length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        if (rules.NotSelf && scalar is ReferenceValue reference && reference.Id == file.Id && reference.TargetType == collection.TypeName)
        {
            report(Descriptors.SelfReference, At(scalar), [field.Key, file.Id]);
        }

        if (rules.NotAbove is { } otherKey && other is not null && Order(scalar, other) > 0)
        {
            report(Descriptors.ValueAboveOther, At(scalar), [field.Key, Written(scalar), otherKey, Written(other)]);
        }

        foreach (var range in rules.Ranges)
        {
            if (Lookup(range.When.Key) is { } decider && range.When.Matches(Matchable(decider))
                && Number(scalar) is { } number
                && (number < range.Minimum || number > range.Maximum))
            {
                report(Descriptors.OutOfRange, At(scalar), [field.Key, Written(scalar), Format(range.Minimum), Format(range.Maximum), range.When.Key, Written(decider)]);
            }
        }
    }

    /// <remarks>Every record of a shape with alternatives passes here and most meet them: the message is made only to report.</remarks>
    private void CheckAlternatives(RecordValue record, RecordShape shape, IReadOnlyList<YamlNode?> keys)
    {
        bool Given(string key) => FieldOf(record, shape, key) is not null;
        string Choices() => string.Join(", or ", shape.RequireOneOf.Select(alternative => alternative.Describe()));
        Alternative? partial = null;
        var complete = 0;
        foreach (var alternative in shape.RequireOneOf)
        {
            var given = 0;
            foreach (var key in alternative.Keys)
            {
                given += Given(key) ? 1 : 0;
            }

            if (given == alternative.Keys.Count)
            {
                complete++;
            }
            else if (given > 0)
            {
                partial ??= alternative;
            }
        }

        if (partial is not null)
        {
            var given = partial.Keys.First(Given);
            var missing = string.Join(" and ", partial.Keys.Where(key => !Given(key)).Select(key => "'" + key + "'"));
            report(Descriptors.AlternativesNotMet, keys[shape.IndexOf(given)]!.Range.In(file.Path), [shape.DisplayName, Choices(), $"'{given}' is given without {missing}"]);
        }
        else if (complete == 0)
        {
            report(Descriptors.AlternativesNotMet, At(record, startOnly: true), [shape.DisplayName, Choices(), "it has none"]);
        }
        else if (complete > 1)
        {
            var met = shape.RequireOneOf.Where(alternative => alternative.Keys.All(Given)).ToList();
            var both = string.Join(" as well as ", met.Select(alternative => alternative.Describe()));
            report(Descriptors.AlternativesNotMet, keys[shape.IndexOf(met[1].Keys[0])]!.Range.In(file.Path), [shape.DisplayName, Choices(), "it has " + both]);
        }
    }

    /// <summary>True when the field's rules are switched off for this record by <c>[ExemptWhen]</c>.</summary>
    private bool IsExempt(FieldRules rules) => rules.ExemptWhen is { } exempt && exempt.Matches(Lookup(exempt.Key) is { } decider ? Matchable(decider) : null);

    /// <summary>The value of <paramref name="key"/> in the current record or the nearest record containing it that gives it.</summary>
    private BoundValue? Lookup(string key)
    {
        for (var i = enclosing.Count - 1; i >= 0; i--)
        {
            if (FieldOf(enclosing[i].Record, enclosing[i].Shape, key) is { } value)
            {
                return IsScalar(value) ? value : null;
            }
        }

        return null;
    }

    /// <summary>The value of the field <paramref name="key"/>, or null when the record has no such field or leaves it out.</summary>
    private static BoundValue? FieldOf(RecordValue record, RecordShape shape, string key) =>
        shape.IndexOf(key) is var index and >= 0 && record.Fields[index] is not AbsentValue ? record.Fields[index] : null;

    private static bool IsScalar(BoundValue value) => value is not (RecordValue or ListValue or AbsentValue);

    /// <summary>What a condition compares: an enum's member name, or the text of any other value.</summary>
    private static string Matchable(BoundValue value) => value is EnumValue member ? member.Member : Written(value);

    /// <summary>A value as the editor wrote it, for messages.</summary>
    private static string Written(BoundValue value) => value switch
    {
        TextValue text => text.Text,
        EnumValue member => member.Written,
        IntegerValue number => number.Written,
        DecimalValue number => number.Written,
        DoubleValue number => number.Written,
        DateValue date => date.Iso,
        UriValue uri => uri.Text,
        ReferenceValue reference => reference.Id,
        BoolValue flag => flag.Value ? "true" : "false",
        _ => string.Empty,
    };

    private static decimal? Number(BoundValue value) => value switch
    {
        IntegerValue number => number.Value,
        DecimalValue number => number.Value,
        DoubleValue number when Math.Abs(number.Value) < 7.9e28 => (decimal)number.Value,
        _ => null,
    };

    /// <summary>Compares two values of the same kind: dates by day, numbers by value; 0 when they cannot be compared.</summary>
    private static int Order(BoundValue left, BoundValue right)
    {
        if (left is DateValue leftDate && right is DateValue rightDate)
        {
            return leftDate.DayNumber.CompareTo(rightDate.DayNumber);
        }

        return Number(left) is { } leftNumber && Number(right) is { } rightNumber ? leftNumber.CompareTo(rightNumber) : 0;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private LocationInfo At(BoundValue value, bool startOnly = false)
    {
        var range = value.Range;
        return startOnly
            ? new LocationInfo(file.Path, range.Start, 0, range.StartLine, range.StartColumn, range.StartLine, range.StartColumn)
            : range.In(file.Path);
    }

    /// <summary>
    /// A text's length in Unicode code points, as JSON Schema's <c>maxLength</c> counts it (and a reader would: one
    /// character outside the Basic Multilingual Plane is one, not two UTF-16 units), so editor and build agree.
    /// </summary>
    private static int CodePoints(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
