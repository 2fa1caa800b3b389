using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Diagnostics;
using KnowledgeBase.Generator.Model;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Rules;

/// <summary>
/// Applies the rules declared by attributes on the schema (<see cref="FieldRules"/>, <c>[RequireOneOf]</c>) to one
/// record of one file while it is bound, and collects the <see cref="RuleFacts"/> that rules across entries need.
/// Conditions (<c>[RequiredWhen("status", …)]</c>) read the named field from the record being checked, then from
/// the records that contain it, so a value nested in an entry can depend on the entry's own fields.
/// </summary>
internal sealed class ContentRules(ParsedFile file, CollectionModel collection, SchemaModel schema, Action<DiagnosticDescriptor, LocationInfo, string[]> report)
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Rule errors leave a buildable value: the build fails on the error, and the entry's member still works.</summary>
    private static readonly HashSet<string> NonFatalIds = new(StringComparer.Ordinal)
    {
        Descriptors.TooFewItems.Id, Descriptors.EmptyText.Id, Descriptors.TextTooLong.Id, Descriptors.RequiredWhen.Id,
        Descriptors.AllowedWhen.Id, Descriptors.SelfReference.Id, Descriptors.ValueAboveOther.Id,
        Descriptors.AlternativesNotMet.Id, Descriptors.OutOfRange.Id,
    };

    private readonly List<YamlNode> enclosing = [];

    public static bool IsNonFatal(DiagnosticInfo diagnostic) => NonFatalIds.Contains(diagnostic.DescriptorId);

    /// <summary>Called as binding enters a record's mapping; <see cref="Leave"/> when it is done with it.</summary>
    public void Enter(YamlNode mapping) => enclosing.Add(mapping);

    public void Leave() => enclosing.RemoveAt(enclosing.Count - 1);

    /// <summary>Checks the current record (the last one entered). <paramref name="values"/> holds its known keys' values.</summary>
    public void Check(YamlNode mapping, RecordShape shape, IReadOnlyDictionary<string, YamlNode> values, IReadOnlyDictionary<string, YamlNode> keys)
    {
        foreach (var field in shape.Fields)
        {
            if (field.Rules is { IsNone: false } rules)
            {
                values.TryGetValue(field.Key, out var node);
                keys.TryGetValue(field.Key, out var key);
                CheckField(mapping, field, rules, node is null || node.IsNull ? null : node, key, values);
            }
        }

        if (shape.RequireOneOf.Count > 0)
        {
            CheckAlternatives(mapping, shape, values, keys);
        }
    }

    /// <summary>What the cross-entry rules need of this entry: its dates, its dated and counted references, its chain links.</summary>
    public RuleFacts Facts(YamlNode? root, IReadOnlyList<ReferenceUse> references)
    {
        string? entryDate = null, publishedOn = null;
        var links = new List<ReferenceUse>();
        if (root is { Kind: YamlNodeKind.Mapping })
        {
            enclosing.Add(root);
            foreach (var field in collection.Shape.Fields)
            {
                if (field.Rules is not { IsNone: false } rules || IsExempt(rules) || ValueOf(root, field.Key) is not { IsNull: false } node)
                {
                    continue;
                }

                var isDate = node.Kind == YamlNodeKind.Scalar && ScalarBinder.Bind(node, field.Type) is not null;
                entryDate = rules.EntryDate && isDate ? node.Value : entryDate;
                publishedOn = rules.PublishedOn && isDate ? node.Value : publishedOn;
                if (rules.Acyclic && node.Kind == YamlNodeKind.Scalar && node.Value.Length > 0)
                {
                    links.Add(new ReferenceUse(field.Key, collection.TypeName, collection.Folder, node.Value, node.Range.In(file.Path)));
                }
            }

            enclosing.Clear();
        }

        var dated = entryDate is null
            ? []
            : references.Where(reference => schema.FindByType(reference.TargetType) is { } target && HasPublicationDate(target)).ToList();
        var used = references
            .Where(reference => !(reference.TargetType == collection.TypeName && reference.Id == file.Id))
            .Where(reference => schema.FindByType(reference.TargetType) is { MustBeReferenced: true })
            .Select(reference => Index.KnownIds.Key(reference.TargetType, reference.Id))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(key => key, StringComparer.Ordinal);
        return new RuleFacts(
            collection.TypeName,
            collection.Folder,
            file.Id,
            file.Path,
            entryDate,
            publishedOn,
            collection.MustBeReferenced,
            dated.ToEquatableArray(),
            used.ToEquatableArray(),
            links.ToEquatableArray());
    }

    private static bool HasPublicationDate(CollectionModel target) => target.Shape.Fields.Any(field => field.Rules?.PublishedOn == true);

    private void CheckField(YamlNode mapping, FieldModel field, FieldRules rules, YamlNode? node, YamlNode? key, IReadOnlyDictionary<string, YamlNode> values)
    {
        if (IsExempt(rules))
        {
            return;
        }

        if (rules.RequiredWhen is { } required && node is null && Lookup(required.Key) is { } decider && required.Matches(decider.Value))
        {
            report(Descriptors.RequiredWhen, At(decider), [field.Key, required.Key, decider.Value]);
        }

        if (rules.AllowedWhen is { } allowed && node is not null && !allowed.Matches(Lookup(allowed.Key)?.Value))
        {
            report(Descriptors.AllowedWhen, At(key ?? node), [field.Key, allowed.Key, allowed.DescribeValues()]);
        }

        if (node is null)
        {
            // A required field that is missing is already KB0005; an optional list left out is empty.
            if (rules.MinItems is > 0 && !field.IsRequired)
            {
                report(Descriptors.TooFewItems, At(mapping, startOnly: true), [field.Key, Count(rules.MinItems.Value), "none, as it is left out"]);
            }

            return;
        }

        if (rules.MinItems is { } minimum && node.Kind == YamlNodeKind.Sequence && node.Children.Count < minimum)
        {
            report(Descriptors.TooFewItems, At(node), [field.Key, Count(minimum), node.Children.Count == 0 ? "none" : Count(node.Children.Count)]);
        }

        foreach (var scalar in Scalars(node))
        {
            CheckScalar(field, rules, scalar, values);
        }
    }

    private void CheckScalar(FieldModel field, FieldRules rules, YamlNode scalar, IReadOnlyDictionary<string, YamlNode> values)
    {
        if (rules.NotEmpty && scalar.Value.Trim().Length == 0)
        {
            report(Descriptors.EmptyText, At(scalar), [field.Key]);
        }

        if (rules.MaxLength is { } limit && scalar.Value.Length > limit)
        {
            report(Descriptors.TextTooLong, At(scalar), [field.Key, scalar.Value.Length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)]);
        }

        if (rules.NotSelf && scalar.Value == file.Id && (field.Type.Element ?? field.Type).TargetTypeName == collection.TypeName)
        {
            report(Descriptors.SelfReference, At(scalar), [field.Key, file.Id]);
        }

        if (rules.NotAbove is { } other && values.TryGetValue(other, out var otherNode) && otherNode.Kind == YamlNodeKind.Scalar && IsAbove(field.Type, scalar.Value, otherNode.Value))
        {
            report(Descriptors.ValueAboveOther, At(scalar), [field.Key, scalar.Value, other, otherNode.Value]);
        }

        foreach (var range in rules.Ranges)
        {
            if (Lookup(range.When.Key) is { } decider && range.When.Matches(decider.Value)
                && decimal.TryParse(scalar.Value, NumberStyle, CultureInfo.InvariantCulture, out var number)
                && (number < range.Minimum || number > range.Maximum))
            {
                report(Descriptors.OutOfRange, At(scalar), [field.Key, scalar.Value, Format(range.Minimum), Format(range.Maximum), range.When.Key, decider.Value]);
            }
        }
    }

    private void CheckAlternatives(YamlNode mapping, RecordShape shape, IReadOnlyDictionary<string, YamlNode> values, IReadOnlyDictionary<string, YamlNode> keys)
    {
        bool Given(string key) => values.TryGetValue(key, out var node) && !node.IsNull;
        var choices = string.Join(", or ", shape.RequireOneOf.Select(alternative => alternative.Describe()));
        var complete = shape.RequireOneOf.Where(alternative => alternative.Keys.All(Given)).ToList();
        var partial = shape.RequireOneOf.Where(alternative => alternative.Keys.Any(Given) && !alternative.Keys.All(Given)).ToList();
        if (partial.Count > 0)
        {
            var alternative = partial[0];
            var given = alternative.Keys.First(Given);
            var missing = string.Join(" and ", alternative.Keys.Where(key => !Given(key)).Select(key => "'" + key + "'"));
            report(Descriptors.AlternativesNotMet, At(keys[given]), [shape.DisplayName, choices, $"'{given}' is given without {missing}"]);
        }
        else if (complete.Count == 0)
        {
            report(Descriptors.AlternativesNotMet, At(mapping, startOnly: true), [shape.DisplayName, choices, "it has none"]);
        }
        else if (complete.Count > 1)
        {
            var both = string.Join(" as well as ", complete.Select(alternative => alternative.Describe()));
            report(Descriptors.AlternativesNotMet, At(keys[complete[1].Keys[0]]), [shape.DisplayName, choices, "it has " + both]);
        }
    }

    /// <summary>True when the field's rules are switched off for this record by <c>[ExemptWhen]</c>.</summary>
    private bool IsExempt(FieldRules rules) => rules.ExemptWhen is { } exempt && exempt.Matches(Lookup(exempt.Key)?.Value);

    /// <summary>The value of <paramref name="key"/> in the current record or the nearest record containing it.</summary>
    private YamlNode? Lookup(string key)
    {
        for (var i = enclosing.Count - 1; i >= 0; i--)
        {
            if (ValueOf(enclosing[i], key) is { } node)
            {
                return node.IsNull || node.Kind != YamlNodeKind.Scalar ? null : node;
            }
        }

        return null;
    }

    private static YamlNode? ValueOf(YamlNode mapping, string key)
    {
        for (var i = 0; i + 1 < mapping.Children.Count; i += 2)
        {
            if (mapping.Children[i].Value == key)
            {
                return mapping.Children[i + 1];
            }
        }

        return null;
    }

    private static IEnumerable<YamlNode> Scalars(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Scalar => [node],
        YamlNodeKind.Sequence => node.Children.Where(child => child.Kind == YamlNodeKind.Scalar && !child.IsNull),
        _ => [],
    };

    private static bool IsAbove(FieldType type, string value, string other)
    {
        if (type.Kind == FieldKind.Date)
        {
            // Both ISO yyyy-MM-dd (checked by binding), so text order is date order.
            return value.Length == 10 && other.Length == 10 && string.CompareOrdinal(value, other) > 0;
        }

        return decimal.TryParse(value, NumberStyle, CultureInfo.InvariantCulture, out var left)
            && decimal.TryParse(other, NumberStyle, CultureInfo.InvariantCulture, out var right)
            && left > right;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private LocationInfo At(YamlNode node, bool startOnly = false)
    {
        var range = node.Range;
        return startOnly
            ? new LocationInfo(file.Path, range.Start, 0, range.StartLine, range.StartColumn, range.StartLine, range.StartColumn)
            : range.In(file.Path);
    }
}
