using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// Reads the content-rule attributes (<c>[MinItems]</c>, <c>[RequiredWhen]</c>, <c>[EntryDate]</c> …) of a schema
/// record into <see cref="FieldRules"/>. An attribute on a field it cannot apply to is a schema error at the
/// parameter, so a reusing team learns of a misplaced rule at once instead of a rule that silently never runs.
/// </summary>
internal static class RuleReader
{
    private const string Namespace = "KnowledgeBase.";
    private const string MinItems = Namespace + "MinItemsAttribute";
    private const string NotEmpty = Namespace + "NotEmptyAttribute";
    private const string MaxLength = Namespace + "MaxLengthAttribute";
    private const string NotAbove = Namespace + "NotAboveAttribute";
    private const string RangeWhen = Namespace + "RangeWhenAttribute";
    private const string RequiredWhen = Namespace + "RequiredWhenAttribute";
    private const string AllowedWhen = Namespace + "AllowedWhenAttribute";
    private const string ExemptWhen = Namespace + "ExemptWhenAttribute";
    private const string NotSelf = Namespace + "NotSelfAttribute";
    private const string Acyclic = Namespace + "AcyclicAttribute";
    private const string EntryDate = Namespace + "EntryDateAttribute";
    private const string PublishedOn = Namespace + "PublishedOnAttribute";
    private const string RequireOneOf = Namespace + "RequireOneOfAttribute";
    private const string MustBeReferenced = Namespace + "MustBeReferencedAttribute";

    public static bool IsMustBeReferenced(INamedTypeSymbol type) => Find(type.GetAttributes(), MustBeReferenced).Any();

    public static FieldRules ReadField(
        IParameterSymbol parameter,
        FieldType type,
        string recordTypeName,
        bool isCollection,
        Action<string, Location?> problem)
    {
        var attributes = parameter.GetAttributes();
        if (!attributes.Any(attribute => attribute.AttributeClass?.ToDisplayString().StartsWith(Namespace, StringComparison.Ordinal) == true))
        {
            return FieldRules.None;
        }

        var at = parameter.Locations.FirstOrDefault();
        void Misplaced(string attribute, string needs) =>
            problem($"[{attribute}] on '{parameter.Name}' needs {needs}", at);

        var element = type.Kind == FieldKind.List ? type.Element! : type;
        var isText = element.Kind == FieldKind.String;
        var isNumber = type.Kind is FieldKind.Int or FieldKind.Long or FieldKind.Decimal or FieldKind.Double;
        var isReference = element.Kind == FieldKind.Ref;

        var minItems = Find(attributes, MinItems).Select(attribute => Int(attribute, 0)).FirstOrDefault();
        if (minItems is not null && type.Kind != FieldKind.List)
        {
            Misplaced("MinItems", "a list field");
        }

        var notEmpty = Find(attributes, NotEmpty).Any();
        var maxLength = Find(attributes, MaxLength).Select(attribute => Int(attribute, 0)).FirstOrDefault();
        if ((notEmpty || maxLength is not null) && !isText)
        {
            Misplaced(notEmpty ? "NotEmpty" : "MaxLength", "a text field or a list of texts");
        }

        var notAbove = Find(attributes, NotAbove).Select(attribute => Text(attribute, 0)).FirstOrDefault();
        if (notAbove is not null && !isNumber && type.Kind != FieldKind.Date)
        {
            Misplaced("NotAbove", "a number or date field");
        }

        var ranges = Find(attributes, RangeWhen).Select(ReadRange).Where(range => range is not null).Select(range => range!).ToList();
        if (ranges.Count > 0 && !isNumber)
        {
            Misplaced("RangeWhen", "a number field");
        }

        var notSelf = Find(attributes, NotSelf).Any();
        var acyclic = Find(attributes, Acyclic).Any();
        if ((notSelf || acyclic) && !isReference)
        {
            Misplaced(notSelf ? "NotSelf" : "Acyclic", "a Ref<T> field or a list of them");
        }

        if (acyclic && isReference && (!isCollection || element.TargetTypeName != recordTypeName || type.Kind == FieldKind.List))
        {
            Misplaced("Acyclic", "a single Ref to the collection record's own type, declared on the collection record");
        }

        var entryDate = Find(attributes, EntryDate).Any();
        var publishedOn = Find(attributes, PublishedOn).Any();
        if ((entryDate || publishedOn) && (type.Kind != FieldKind.Date || !isCollection))
        {
            Misplaced(entryDate ? "EntryDate" : "PublishedOn", "a DateOnly field of a collection record");
        }

        return new FieldRules(
            minItems,
            notEmpty,
            maxLength,
            notAbove is null ? null : FieldKeys.FromParameter(notAbove),
            ranges.ToEquatableArray(),
            Find(attributes, RequiredWhen).Select(ReadCondition).FirstOrDefault(),
            Find(attributes, AllowedWhen).Select(ReadCondition).FirstOrDefault(),
            Find(attributes, ExemptWhen).Select(ReadCondition).FirstOrDefault(),
            notSelf,
            acyclic,
            entryDate,
            publishedOn);
    }

    /// <summary>Reads <c>[RequireOneOf]</c> and checks that every field a rule names exists in the record.</summary>
    public static EquatableArray<Alternative> ReadRecord(
        INamedTypeSymbol type,
        IReadOnlyList<FieldModel> fields,
        bool isCollection,
        Action<string, Location?> problem)
    {
        var at = type.Locations.FirstOrDefault();
        var keys = new HashSet<string>(fields.Select(field => field.Key), StringComparer.Ordinal);
        foreach (var field in fields.Where(field => field.Rules?.NotAbove is { } other && !keys.Contains(other)))
        {
            problem($"[NotAbove] on '{field.Key}' names '{field.Rules!.NotAbove}', which is not a field of '{type.Name}'", at);
        }

        if (isCollection && fields.Count(field => field.Rules?.EntryDate == true) > 1)
        {
            problem($"'{type.Name}' has more than one [EntryDate] field; an entry has one date", at);
        }

        if (isCollection && fields.Count(field => field.Rules?.PublishedOn == true) > 1)
        {
            problem($"'{type.Name}' has more than one [PublishedOn] field; a publication has one date", at);
        }

        var alternatives = new List<Alternative>();
        foreach (var attribute in Find(type.GetAttributes(), RequireOneOf))
        {
            foreach (var text in Texts(attribute, 0))
            {
                var group = text.Split([' '], StringSplitOptions.RemoveEmptyEntries).Select(FieldKeys.FromParameter).ToList();
                var unknown = group.FirstOrDefault(key => !keys.Contains(key));
                if (group.Count == 0 || unknown is not null)
                {
                    problem($"[RequireOneOf] on '{type.Name}' names '{unknown ?? text}', which is not a field of the record", at);
                    continue;
                }

                alternatives.Add(new Alternative(group.ToEquatableArray()));
            }
        }

        return alternatives.ToEquatableArray();
    }

    private static IEnumerable<AttributeData> Find(IEnumerable<AttributeData> attributes, string name) =>
        attributes.Where(attribute => attribute.AttributeClass?.ToDisplayString() == name);

    private static FieldCondition? ReadCondition(AttributeData attribute)
    {
        var field = Text(attribute, 0);
        return field is null ? null : new FieldCondition(FieldKeys.FromParameter(field), Texts(attribute, 1).ToEquatableArray());
    }

    private static ValueRange? ReadRange(AttributeData attribute)
    {
        var field = Text(attribute, 0);
        var value = Text(attribute, 1);
        var minimum = Number(attribute, 2);
        var maximum = Number(attribute, 3);
        return field is null || value is null || minimum is null || maximum is null
            ? null
            : new ValueRange(new FieldCondition(FieldKeys.FromParameter(field), new[] { value }.ToEquatableArray()), minimum.Value, maximum.Value);
    }

    private static TypedConstant? Argument(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index] : null;

    private static int? Int(AttributeData attribute, int index) => Argument(attribute, index)?.Value as int?;

    private static string? Text(AttributeData attribute, int index) => Argument(attribute, index)?.Value as string;

    private static decimal? Number(AttributeData attribute, int index) =>
        Argument(attribute, index)?.Value is double value && value is > -1e27 and < 1e27
            ? (decimal)value
            : null;

    private static IEnumerable<string> Texts(AttributeData attribute, int index) =>
        Argument(attribute, index) is { Kind: TypedConstantKind.Array } array
            ? array.Values.Select(value => value.Value as string).Where(value => value is not null).Select(value => value!)
            : [];
}
