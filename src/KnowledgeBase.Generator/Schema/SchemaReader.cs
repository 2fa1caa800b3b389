using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// Reads the <c>[Collection]</c> records' symbols into plain <see cref="CollectionModel"/>s, once per schema
/// change; nothing symbolic survives this step.
/// </summary>
internal static class SchemaReader
{
    public const string CollectionAttributeName = "KnowledgeBase.CollectionAttribute";
    private const string EntryStatusTypeName = "global::KnowledgeBase.EntryStatus";

    /// <summary>
    /// Reads every <c>[Collection]</c> record declared in the sources' compilation into one schema. Runs only when
    /// the sources change (<see cref="SchemaSources"/>); a collection record is found as the compiler would bind
    /// its attribute, aliases and all, on any type declaration in source, nested ones too (which are reported).
    /// </summary>
    public static SchemaModel ReadAll(SchemaSources sources, CancellationToken cancellationToken)
    {
        var compilation = sources.TakeCompilation();
        var collections = FindCollections(compilation, cancellationToken)
            .Select(found => Read(found.Type, found.Declaration, found.Attributes, compilation, cancellationToken))
            .ToImmutableArray();
        return Combine(collections, cancellationToken);
    }

    /// <summary>Each type declaration carrying <c>[Collection]</c> itself, with the attributes applied there, in source order.</summary>
    private static IEnumerable<(INamedTypeSymbol Type, TypeDeclarationSyntax Declaration, ImmutableArray<AttributeData> Attributes)> FindCollections(
        Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var declarations = TreeShape.TypeDeclarations(tree.GetRoot(cancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .Where(static declaration => declaration.AttributeLists.Count > 0)
                .ToList();
            if (declarations.Count == 0)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in declarations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
                {
                    continue;
                }

                // A partial record's other parts are declarations of their own, with their own attribute lists.
                var applied = type.GetAttributes()
                    .Where(data => data.AttributeClass?.ToDisplayString() == CollectionAttributeName
                        && data.ApplicationSyntaxReference is { } application
                        && application.SyntaxTree == tree
                        && declaration.AttributeLists.Span.Contains(application.Span))
                    .ToImmutableArray();
                if (applied.Length > 0)
                {
                    yield return (type, declaration, applied);
                }
            }
        }
    }

    private static CollectionModel? Read(
        INamedTypeSymbol type,
        TypeDeclarationSyntax declaration,
        ImmutableArray<AttributeData> attributes,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var location = LocationInfo.From(type.Locations.FirstOrDefault());
        var diagnostics = new List<DiagnosticInfo>();
        var folder = attributes
            .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as string)
            .FirstOrDefault() ?? string.Empty;
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        void Problem(string message, Location? at = null) =>
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedSchema, LocationInfo.From(at) ?? location, message));

        if (!type.IsRecord || type.IsValueType)
        {
            Problem($"The collection type '{display}' must be a record class");
        }

        if (!IsPartial(declaration))
        {
            Problem($"The collection type '{display}' must be declared partial, so the generator can add its entries");
        }

        if (type.ContainingType is not null || type.IsGenericType)
        {
            Problem($"The collection type '{display}' must be a top-level, non-generic type");
        }

        if (folder.Length == 0 || folder.IndexOfAny(['/', '\\']) >= 0)
        {
            Problem($"The collection type '{display}' must name a single content folder, for example [Collection(\"events\")]");
        }

        var nested = new Dictionary<string, RecordShape>();
        var enums = new Dictionary<string, EnumModel>();
        var shape = ReadShape(type, nested, enums, Problem, isCollection: true, cancellationToken);
        var derivedRecords = new Dictionary<string, RecordShape>();
        shape = shape with { Derived = ReadDerived(type, derivedRecords, enums, Problem, cancellationToken) };
        var (citationMethod, citationPart) = ConventionReader.ReadCitationContext(type, Problem);
        var presentation = ConventionReader.ReadPresentation(type, shape.Doc, attributes.FirstOrDefault(), citationMethod, citationPart);

        var entriesBase = EntriesBase.For(type, compilation);
        var reserved = ReservedNames.Of(type, entriesBase, compilation, cancellationToken);

        return new CollectionModel(
            folder,
            typeName,
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            shape,
            nested.Values.OrderBy(record => record.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            reserved,
            location,
            diagnostics.ToEquatableArray(),
            RuleReader.IsMustBeReferenced(type),
            EntryLimits.Of(type, entriesBase is not null),
            presentation,
            enums.Values.OrderBy(model => model.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            derivedRecords.Values.OrderBy(record => record.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            entriesBase);
    }

    /// <summary>The record's <c>[Derived]</c> properties (and computed <c>[EntrySummary]</c> ones), read as field types are.</summary>
    private static EquatableArray<DerivedModel> ReadDerived(
        INamedTypeSymbol type,
        Dictionary<string, RecordShape> records,
        Dictionary<string, EnumModel> enums,
        System.Action<string, Location?> problem,
        CancellationToken cancellationToken)
    {
        var derived = new List<DerivedModel>();
        foreach (var (property, displayName, isSummary) in ConventionReader.DerivedProperties(type))
        {
            if (property.IsStatic || property.GetMethod is null || property.Parameters.Length > 0)
            {
                problem($"[Derived] on '{property.Name}' needs a readable instance property", property.Locations.FirstOrDefault());
                continue;
            }

            var fieldType = ReadType(property.Type, property.NullableAnnotation, records, enums, problem, property, cancellationToken, allowValueRecords: true);
            if (fieldType is null)
            {
                continue;
            }

            if (isSummary && fieldType.Kind != FieldKind.String)
            {
                problem($"[EntrySummary] on '{property.Name}' needs a string", property.Locations.FirstOrDefault());
                continue;
            }

            derived.Add(new DerivedModel(property.Name, FieldKeys.FromParameter(property.Name), fieldType, displayName, ConventionReader.Summary(property), isSummary));
        }

        return derived.ToEquatableArray();
    }

    /// <summary>Combines every collection into one schema and reports folders that two types claim.</summary>
    private static SchemaModel Combine(ImmutableArray<CollectionModel?> collections, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new List<CollectionModel>();
        foreach (var collection in collections
            .Where(collection => collection is not null)
            .Select(collection => collection!)
            .OrderBy(collection => collection.Folder, System.StringComparer.Ordinal)
            .ThenBy(collection => collection.TypeName, System.StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var owner = kept.FirstOrDefault(other => other.Folder == collection.Folder);
            if (owner is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.FolderClaimedTwice, collection.Location, collection.Folder, Display(owner), Display(collection)));
                continue;
            }

            kept.Add(collection);
        }

        return new SchemaModel(kept.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string Display(CollectionModel collection) =>
        collection.Namespace.Length == 0 ? collection.Name : collection.Namespace + "." + collection.Name;

    private static bool IsPartial(SyntaxNode node) =>
        node is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    private static RecordShape ReadShape(
        INamedTypeSymbol type,
        Dictionary<string, RecordShape> nested,
        Dictionary<string, EnumModel> enums,
        System.Action<string, Location?> problem,
        bool isCollection,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var constructor = type.InstanceConstructors
            .Where(candidate => candidate.DeclaredAccessibility == Accessibility.Public)
            .Where(candidate => !(candidate.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(candidate.Parameters[0].Type, type)))
            .OrderByDescending(candidate => candidate.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null || constructor.Parameters.Length == 0)
        {
            problem($"The record '{display}' needs a public constructor whose parameters are its fields", type.Locations.FirstOrDefault());
            return new RecordShape(typeName, display, EquatableArray<FieldModel>.Empty);
        }

        var fields = new List<FieldModel>();
        var (summary, docs) = ConventionReader.SummaryAndParameters(type);
        if (docs.Count == 0)
        {
            docs = ConventionReader.Parameters(constructor);
        }

        foreach (var parameter in constructor.Parameters)
        {
            var key = FieldKeys.FromParameter(parameter.Name);
            if (isCollection && key == "id")
            {
                problem($"'{display}' must not declare a field 'id': an entry's id is its file name", parameter.Locations.FirstOrDefault());
                continue;
            }

            var fieldType = ReadType(parameter.Type, parameter.NullableAnnotation, nested, enums, problem, parameter, cancellationToken);
            if (fieldType is null)
            {
                continue;
            }

            var (hasDefault, hasValueDefault, defaultValue) = DefaultValueReader.Read(parameter, fieldType);
            var rules = RuleReader.ReadField(parameter, fieldType, typeName, isCollection, problem);
            var conventions = ConventionReader.ReadField(parameter, fieldType, docs.TryGetValue(parameter.Name, out var doc) ? doc : null, problem);
            fields.Add(new FieldModel(key, EscapeIdentifier(parameter.Name), fieldType, !fieldType.IsNullable && !hasDefault, hasDefault, rules, hasValueDefault, conventions, defaultValue));
        }

        if (fields.Count(field => FieldPresence.Of(field) == Presence.Masked) > FieldPresence.MaxMasked)
        {
            problem($"The record '{display}' has more than {FieldPresence.MaxMasked} optional fields whose default is a value other than null or default; content can leave out at most that many", type.Locations.FirstOrDefault());
        }

        var alternatives = RuleReader.ReadRecord(type, fields, isCollection, problem);
        return new RecordShape(typeName, display, fields.ToEquatableArray(), alternatives, summary);

    }

    private static FieldType? ReadType(
        ITypeSymbol type,
        NullableAnnotation annotation,
        Dictionary<string, RecordShape> nested,
        Dictionary<string, EnumModel> enums,
        System.Action<string, Location?> problem,
        ISymbol parameter,
        CancellationToken cancellationToken,
        bool allowValueRecords = false)
    {
        var isNullable = annotation == NullableAnnotation.Annotated && !type.IsValueType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = ReadType(nullable.TypeArguments[0], NullableAnnotation.NotAnnotated, nested, enums, problem, parameter, cancellationToken, allowValueRecords);
            return inner is null ? null : inner with { IsNullable = true };
        }

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers));
        FieldType? Simple(FieldKind kind) => FieldType.Simple(kind, name) with { IsNullable = isNullable };

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Simple(FieldKind.String);
            case SpecialType.System_Boolean: return Simple(FieldKind.Bool);
            case SpecialType.System_Int32: return Simple(FieldKind.Int);
            case SpecialType.System_Int64: return Simple(FieldKind.Long);
            case SpecialType.System_Decimal: return Simple(FieldKind.Decimal);
            case SpecialType.System_Double: return Simple(FieldKind.Double);
        }

        if (name == "global::System.DateOnly")
        {
            return Simple(FieldKind.Date);
        }

        if (name == "global::System.Uri")
        {
            return Simple(FieldKind.Uri);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            var members = type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(field => field.HasConstantValue)
                .Select(field => field.Name)
                .ToEquatableArray();
            var kind = name == EntryStatusTypeName ? FieldKind.EntryStatus : FieldKind.Enum;
            if (!enums.ContainsKey(name))
            {
                var docs = type.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue)
                    .Select(field => new EnumMemberModel(field.Name, ConventionReader.Summary(field)));
                enums[name] = new EnumModel(name, ConventionReader.Summary(type), docs.ToEquatableArray());
            }

            return FieldType.Simple(kind, name) with { IsNullable = isNullable, EnumMembers = members };
        }

        if (type is INamedTypeSymbol named && named.IsGenericType)
        {
            var definition = named.OriginalDefinition.ToDisplayString();
            var argument = named.TypeArguments[0];
            if (named.OriginalDefinition.MetadataName == "Ref`1" && named.OriginalDefinition.ContainingNamespace.ToDisplayString() == "KnowledgeBase")
            {
                var target = argument.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                return FieldType.Simple(FieldKind.Ref, name) with { IsNullable = isNullable, TargetTypeName = target };
            }

            var listKind = definition switch
            {
                "System.Collections.Immutable.ImmutableArray<T>" => ListKind.ImmutableArray,
                "System.Collections.Generic.IReadOnlyList<T>" => ListKind.ReadOnlyList,
                _ => ListKind.None,
            };
            if (listKind != ListKind.None)
            {
                var element = ReadType(argument, named.TypeArgumentNullableAnnotations[0], nested, enums, problem, parameter, cancellationToken, allowValueRecords);
                if (element is null)
                {
                    return null;
                }

                if (element.Kind == FieldKind.List || element.IsNullable)
                {
                    problem($"The field '{parameter.Name}' is a list of lists or of nullable values, which content cannot express", parameter.Locations.FirstOrDefault());
                    return null;
                }

                return FieldType.Simple(FieldKind.List, name) with { IsNullable = isNullable, ListKind = listKind, Element = element };
            }
        }

        if (type is INamedTypeSymbol record && record.IsRecord && (!record.IsValueType || allowValueRecords))
        {
            var isCollection = record.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == CollectionAttributeName);
            if (isCollection)
            {
                problem($"The field '{parameter.Name}' holds the collection type '{record.Name}' directly; use Ref<{record.Name}> to refer to an entry", parameter.Locations.FirstOrDefault());
                return null;
            }

            if (!nested.ContainsKey(name))
            {
                // Placeholder first, so a record that contains itself does not recurse forever.
                nested[name] = new RecordShape(name, record.Name, EquatableArray<FieldModel>.Empty);
                var shape = ReadShape(record, nested, enums, problem, isCollection: false, cancellationToken);
                nested[name] = shape with { Derived = ReadDerived(record, new Dictionary<string, RecordShape>(), enums, problem, cancellationToken) };
            }

            return Simple(FieldKind.Record);
        }

        problem($"The field '{parameter.Name}' has the type '{type.ToDisplayString()}', which content cannot bind; supported: string, bool, int, long, decimal, double, DateOnly, Uri, enums, records, Ref<T>, ImmutableArray<T>, IReadOnlyList<T> and nullable forms", parameter.Locations.FirstOrDefault());
        return null;
    }

    private static string EscapeIdentifier(string name) => Naming.EscapeKeyword(name);
}
