using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// Binds one parsed file to its collection's record: every key to a constructor parameter, every value to
/// the parameter's type. Collects every problem in the file rather than stopping at the first.
/// </summary>
internal sealed class EntryBinder
{
    private readonly ParsedFile file;
    private readonly CollectionModel collection;
    private readonly List<DiagnosticInfo> diagnostics = [];
    /// <summary>The references of the entry being bound (binders do not nest), copied out when the entry is made.</summary>
    [System.ThreadStatic]
    private static List<ReferenceUse>? reusedReferences;

    private readonly List<ReferenceUse> references = Scratch.List(ref reusedReferences, maxCapacity: 4096);
    private readonly SortedSet<string> citedSources = new(System.StringComparer.Ordinal);
    private readonly SchemaModel schema;
    private readonly ContentRules rules;

    /// <summary>Set when a value could not be bound although no error says why; the entry is then a stub, never half a value.</summary>
    private bool unbuildable;

    private EntryBinder(ParsedFile file, CollectionModel collection, SchemaModel schema)
    {
        this.file = file;
        this.collection = collection;
        this.schema = schema;
        rules = new ContentRules(file, collection, schema, Report);
    }

    public static BoundEntry Bind(ParsedFile file, SchemaModel schema, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var collection = schema.FindByFolder(file.Folder);
        if (collection is null && schema.Collections.Any(model => model.Folder == file.Folder))
        {
            // The folder's collection has a schema error (KB0013), reported at the C# declaration; its files wait quietly.
            return Unbound(file, file.Diagnostics);
        }

        if (collection is null)
        {
            var known = string.Join(", ", schema.Collections.Select(model => model.Folder));
            var unclaimed = DiagnosticInfo.Create(Descriptors.UnclaimedFolder, file.FileStart, file.Folder, known.Length == 0 ? "(none)" : known);
            return Unbound(file, file.Diagnostics.Concat([unclaimed]));
        }

        return new EntryBinder(file, collection, schema).Bind(cancellationToken);
    }

    private static BoundEntry Unbound(ParsedFile file, IEnumerable<DiagnosticInfo> diagnostics) => new(
        file.Path, file.RelativePath, file.Id, null, null, null, null, null, null, null, null,
        EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, diagnostics.ToEquatableArray());

    private BoundEntry Bind(CancellationToken cancellationToken)
    {
        diagnostics.AddRange(file.Diagnostics);
        var identifier = CheckIdentifier();
        RecordValue? value = null;
        string? title = null, summary = null, obsolete = null;
        var root = file.Root;

        // A file the reader gave up on has no tree; one with only duplicate keys has one, and binding it
        // reports the file's other problems in the same build.
        if (root is not null || file.Diagnostics.Count == 0)
        {
            if (root is null || root.IsNull)
            {
                var required = string.Join(", ", collection.Shape.Fields.Where(field => field.IsRequired).Select(field => field.Key));
                Report(Descriptors.EmptyFile, file.FileStart, file.FileName, required.Length == 0 ? "none" : required);
            }
            else if (root.Kind != YamlNodeKind.Mapping)
            {
                Report(Descriptors.RootNotMapping, root.Range.In(file.Path), root.Kind == YamlNodeKind.Sequence ? "list" : "single value");
            }
            else
            {
                cancellationToken.ThrowIfCancellationRequested();
                value = BindRecord(root, collection.Shape, cancellationToken);
                title = FirstText(value, FieldRoles.Title, except: null);
                summary = FirstText(value, FieldRoles.Summary, except: title);
                obsolete = ObsoleteMessage(value);
            }
        }

        if (unbuildable && !diagnostics.Any(IsFatal))
        {
            Report(Descriptors.GeneratorFailure, file.FileStart, "binding this file", "a value could not be bound and no error says why");
        }

        return new BoundEntry(
            file.Path,
            file.RelativePath,
            file.Id,
            collection.TypeName,
            collection.Namespace,
            collection.Name,
            identifier,
            diagnostics.Any(IsFatal) || unbuildable ? null : value,
            title,
            summary,
            obsolete,
            citedSources.ToEquatableArray(),
            references.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            rules.Facts(value, references),
            collection.EntryLimit);
    }

    /// <summary>Unknown keys leave a buildable entry behind; everything else means the value cannot be built.</summary>
    private static bool IsFatal(DiagnosticInfo diagnostic) =>
        diagnostic.DescriptorId != Descriptors.UnknownKey.Id && diagnostic.DescriptorId != Descriptors.DuplicateKey.Id
        && !ContentRules.IsNonFatal(diagnostic);

    private string? CheckIdentifier()
    {
        if (!EntryIds.IsValid(file.Id))
        {
            Report(Descriptors.IdNotKebabCase, file.FileStart, file.Id, Naming.SuggestId(file.Id));
            return null;
        }

        var identifier = Naming.ToIdentifier(file.Id);
        if (ReservedNames.Find(collection.ReservedMembers, identifier.TrimStart('@')) is { } reason)
        {
            Report(Descriptors.IdentifierCollision, file.FileStart, file.Id, identifier, reason);
            return null;
        }

        return identifier;
    }

    private RecordValue BindRecord(YamlNode mapping, RecordShape shape, CancellationToken cancellationToken)
    {
        // Each field's key and value as written, by the field's index in the shape (null where not written).
        var values = new YamlNode?[shape.Fields.Count];
        var keys = new YamlNode?[shape.Fields.Count];
        for (var i = 0; i + 1 < mapping.Children.Count; i += 2)
        {
            var key = mapping.Children[i];
            if (shape.IndexOf(key.Value) is var known and >= 0)
            {
                values[known] = mapping.Children[i + 1];
                keys[known] = key;
            }
            else
            {
                var closest = Suggestions.Closest(key.Value, shape.Fields.Select(field => field.Key));
                var hint = closest is not null
                    ? $"; did you mean '{closest}'?"
                    : "; its fields are: " + string.Join(", ", shape.Fields.Select(field => field.Key));
                Report(Descriptors.UnknownKey, key.Range.In(file.Path), key.Value, shape.DisplayName, hint);
            }
        }

        // Fields first, rules after: a rule reads its record's typed values, and a nested record's rules may
        // read fields of the records around it (rules.Enter), whose values are bound by then.
        var fields = new BoundValue[shape.Fields.Count];
        for (var index = 0; index < shape.Fields.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var field = shape.Fields[index];
            var node = values[index];
            if (node is null || node.IsNull)
            {
                if (field.IsRequired)
                {
                    // A key written with no value is reported at the key; a key left out, where its mapping starts.
                    var written = node is null ? null : keys[index];
                    var at = written?.Range ?? StartOf(mapping);
                    Report(Descriptors.MissingField, at.In(file.Path), shape.DisplayName, field.Key, ScalarBinder.Expectation(field.Type), written is null ? "missing" : "empty");
                }

                fields[index] = new AbsentValue(node?.Range ?? StartOf(mapping));
                continue;
            }

            fields[index] = HoldsRecords(field.Type) ? new AbsentValue(node.Range) : BindValue(node, field.Type, field, cancellationToken) ?? Failed(node);
        }

        var record = new RecordValue(shape.TypeName, fields.ToEquatableArray(), mapping.Range);
        rules.Enter(record, shape);
        var nested = false;
        for (var index = 0; index < shape.Fields.Count; index++)
        {
            // Nested records bind inside their container, so their conditions can look outwards.
            var field = shape.Fields[index];
            if (HoldsRecords(field.Type) && values[index] is { IsNull: false } node)
            {
                fields[index] = BindValue(node, field.Type, field, cancellationToken) ?? Failed(node);
                nested = true;
            }
        }

        if (nested)
        {
            record = record with { Fields = fields.ToEquatableArray() };
            rules.Replace(record);
        }

        rules.Check(record, shape, keys);
        rules.Leave();
        return record;
    }

    private static bool HoldsRecords(FieldType type) => (type.Element ?? type).Kind == FieldKind.Record;

    private AbsentValue Failed(YamlNode node)
    {
        unbuildable = true;
        return new AbsentValue(node.Range);
    }

    private BoundValue? BindValue(YamlNode node, FieldType type, FieldModel field, CancellationToken cancellationToken)
    {
        var key = field.Key;
        switch (type.Kind)
        {
            case FieldKind.List:
                if (node.Kind != YamlNodeKind.Sequence)
                {
                    return Wrong(node, type, key);
                }

                var items = new List<BoundValue>(node.Children.Count);
                foreach (var child in node.Children)
                {
                    if (child.IsNull)
                    {
                        Report(Descriptors.WrongValue, child.Range.In(file.Path), key, "list items that are " + ScalarBinder.Expectation(type.Element!), "an empty item");
                        continue;
                    }

                    items.Add(BindValue(child, type.Element!, field, cancellationToken) ?? Failed(child));
                }

                return new ListValue(items.ToEquatableArray(), node.Range);
            case FieldKind.Record:
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return Wrong(node, type, key);
                }

                var shape = collection.NestedRecords.FindOrNull(type.TypeName);
                return shape is null ? null : BindRecord(node, shape, cancellationToken);
            case FieldKind.Ref:
                if (node.Kind != YamlNodeKind.Scalar || node.Value.Length == 0 || !ScalarBinder.HasYamlType(node, type))
                {
                    return Wrong(node, type, key);
                }

                var target = schema.FindByType(type.TargetTypeName!);
                references.Add(new ReferenceUse(key, type.TargetTypeName!, target?.Folder ?? string.Empty, node.Value, file.Path, node.Range));
                if (field.Meaning.Has(FieldRoles.CitedSource))
                {
                    citedSources.Add(node.Value);
                }

                return new ReferenceValue(type.TargetTypeName!, node.Value, node.Range);
            default:
                if (node.Kind != YamlNodeKind.Scalar)
                {
                    return Wrong(node, type, key);
                }

                if (ScalarBinder.Bind(node, type) is { } bound)
                {
                    return bound;
                }

                // A value that names no member is an unknown value whatever its YAML type; one that names a member
                // but is a number or boolean to YAML (a member True, written plain) needs quotes, which KB0006 says.
                if (type.Kind is FieldKind.Enum or FieldKind.EntryStatus && (ScalarBinder.HasYamlType(node, type) || ScalarBinder.FindEnumMember(node.Value, type) is null))
                {
                    Report(Descriptors.UnknownEnumValue, node.Range.In(file.Path), node.Value, key, string.Join(", ", ScalarBinder.EnumValues(type)));
                    return null;
                }

                return Wrong(node, type, key);
        }
    }

    private BoundValue? Wrong(YamlNode node, FieldType type, string key)
    {
        var reason = ScalarBinder.WhyNot(node, type);
        Report(Descriptors.WrongValue, node.Range.In(file.Path), key, ScalarBinder.Expectation(type), reason is null ? node.Describe() : node.Describe() + ", " + reason);
        return null;
    }

    private static TextRange StartOf(YamlNode node) =>
        new(node.Range.Start, node.Range.Start, node.Range.StartLine, node.Range.StartColumn, node.Range.StartLine, node.Range.StartColumn);

    /// <summary>The value of the entry's first field with the role <paramref name="role"/>, or null.</summary>
    private BoundValue? WithRole(RecordValue record, FieldRoles role)
    {
        var fields = collection.Shape.Fields;
        for (var index = 0; index < fields.Count; index++)
        {
            if (fields[index].Meaning.Has(role))
            {
                return record.Fields[index];
            }
        }

        return null;
    }

    /// <summary>The first text among the fields with the role <paramref name="role"/> that has words and is not <paramref name="except"/>.</summary>
    private string? FirstText(RecordValue record, FieldRoles role, string? except)
    {
        var fields = collection.Shape.Fields;
        for (var index = 0; index < fields.Count; index++)
        {
            if (fields[index].Meaning.Has(role) && record.Fields[index] is TextValue { Text: var text }
                && !string.IsNullOrWhiteSpace(text) && text != except)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Superseded and retracted entries stay, but code that uses them is warned, naming what replaces them.</summary>
    private string? ObsoleteMessage(RecordValue record)
    {
        var member = WithRole(record, FieldRoles.Standing) is EnumValue status ? status.Member : null;
        var reason = WithRole(record, FieldRoles.StandingReason) is TextValue text ? text.Text : null;
        var because = string.IsNullOrWhiteSpace(reason) ? string.Empty : ": " + reason;
        return member switch
        {
            "Superseded" when WithRole(record, FieldRoles.ReplacedBy) is ReferenceValue { Id.Length: > 0 } replacement =>
                $"The entry '{file.Id}' is superseded by '{replacement.Id}'{because}",
            "Superseded" => $"The entry '{file.Id}' is superseded{because}",
            "Retracted" => $"The entry '{file.Id}' is retracted{because}",
            _ => null,
        };
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
