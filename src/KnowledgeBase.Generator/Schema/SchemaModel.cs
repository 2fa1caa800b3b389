using System.Linq;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Schema;

/// <summary>The C# types a field can have, as far as binding YAML is concerned.</summary>
internal enum FieldKind
{
    String,
    Bool,
    Int,
    Long,
    Decimal,
    Double,
    Date,
    Uri,
    Enum,
    Record,
    Ref,
    List,
    EntryStatus,
}

/// <summary>How a list field is declared, which decides the expression that builds it.</summary>
internal enum ListKind
{
    None,
    ImmutableArray,
    ReadOnlyList,
}

/// <summary>
/// A field's type. <see cref="TypeName"/> is the fully qualified C# name (without nullability);
/// lists carry their element, enums their member names, records and references the target's name.
/// </summary>
internal sealed record FieldType(
    FieldKind Kind,
    string TypeName,
    bool IsNullable,
    ListKind ListKind,
    FieldType? Element,
    EquatableArray<string> EnumMembers,
    string? TargetTypeName)
{
    public static FieldType Simple(FieldKind kind, string typeName) =>
        new(kind, typeName, false, ListKind.None, null, EquatableArray<string>.Empty, null);
}

/// <summary>
/// One constructor parameter of a record: a YAML key, the C# argument it binds to, and its content rules.
/// <see cref="HasValueDefault"/> marks a default other than <c>null</c> or <c>default</c> (such as
/// <c>= EntryStatus.Current</c>): left out, such a field must be left out of the constructor call too, since the
/// emitted code never spells C# default values. <see cref="DefaultValue"/> is a default other than null, for the
/// metadata's readers (JSON Schemas, templates) only.
/// </summary>
internal sealed record FieldModel(
    string Key,
    string ParameterName,
    FieldType Type,
    bool IsRequired,
    bool HasDefault,
    FieldRules? Rules = null,
    bool HasValueDefault = false,
    FieldConventions? Conventions = null,
    DefaultValueModel? DefaultValue = null)
{
    /// <summary>The field's conventions, <see cref="FieldConventions.None"/> when it has none.</summary>
    public FieldConventions Meaning => Conventions ?? FieldConventions.None;
}

/// <summary>A record type's shape: the parameters of the constructor that entries are built with.</summary>
internal sealed record RecordShape(
    string TypeName,
    string DisplayName,
    EquatableArray<FieldModel> Fields,
    EquatableArray<Alternative> RequireOneOf = default,
    string? Doc = null,
    EquatableArray<DerivedModel> Derived = default)
{
    /// <summary>The position of the field keyed <paramref name="key"/>, which is also its value's in a bound record; -1 when there is none.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// A collection: the folder it reads, its record type, the member names an entry must not take,
/// <see cref="EntryLimit"/>, the most entries its record can hold (see <c>EntryLimits</c>),
/// <see cref="EntriesBase"/>, the generated base record its entry properties are declared on (null: on the record
/// itself; <c>Schema.EntriesBase</c> says why), and <see cref="HasPublicationDate"/>.
/// </summary>
internal sealed record CollectionModel(
    string Folder,
    string TypeName,
    string Namespace,
    string Name,
    RecordShape Shape,
    EquatableArray<RecordShape> NestedRecords,
    EquatableArray<ReservedName> ReservedMembers,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool MustBeReferenced = false,
    int EntryLimit = 0,
    CollectionPresentation? Presentation = null,
    EquatableArray<EnumModel> Enums = default,
    EquatableArray<RecordShape> DerivedRecords = default,
    EntriesBaseModel? EntriesBase = null)
{
    public bool IsUsable => Diagnostics.Count == 0;

    /// <summary>
    /// Whether a field is <c>[PublishedOn]</c>, answered once from <see cref="Shape"/> when the model is made: the date
    /// rules ask it for every reference of every entry. (No <c>with</c> changes a collection's shape afterwards.)
    /// </summary>
    public bool HasPublicationDate { get; } = Shape.Fields.Any(field => field.Rules?.PublishedOn == true);
}

/// <summary>Every collection of the compilation, sorted by folder, plus diagnostics about the schema as a whole.</summary>
internal sealed record SchemaModel(EquatableArray<CollectionModel> Collections, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public CollectionModel? FindByFolder(string folder)
    {
        foreach (var collection in Collections)
        {
            if (collection.IsUsable && collection.Folder == folder)
            {
                return collection;
            }
        }

        return null;
    }

    public CollectionModel? FindByType(string typeName)
    {
        foreach (var collection in Collections)
        {
            if (collection.TypeName == typeName)
            {
                return collection;
            }
        }

        return null;
    }
}

/// <summary>Looking up the shape of a nested record by its type.</summary>
internal static class RecordShapes
{
    public static RecordShape Find(this EquatableArray<RecordShape> shapes, string typeName) =>
        shapes.FindOrNull(typeName) ?? throw new System.InvalidOperationException("No shape for the record " + typeName);

    /// <summary>The shape of <paramref name="typeName"/>, or null; a loop, since binding asks once for every nested value.</summary>
    public static RecordShape? FindOrNull(this EquatableArray<RecordShape> shapes, string typeName)
    {
        foreach (var shape in shapes)
        {
            if (shape.TypeName == typeName)
            {
                return shape;
            }
        }

        return null;
    }
}
