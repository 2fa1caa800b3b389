using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>
/// Reads record shapes by reflection, following the generator's binding rules (see README "Binding rules"):
/// the public constructor with the most parameters (not the copy constructor) declares the fields; a field is
/// required when its type is not nullable and it has no default.
/// </summary>
internal sealed class ShapeReader
{
    private readonly NullabilityInfoContext nullability = new();
    private readonly Dictionary<Type, RecordShape> records = [];
    private readonly HashSet<Assembly> assemblies = [];

    /// <summary>Every assembly that declares a record or enum read so far: where documentation comes from.</summary>
    public IReadOnlyCollection<Assembly> Assemblies => assemblies;

    public RecordShape Read(Type type)
    {
        if (records.TryGetValue(type, out var known))
        {
            return known;
        }

        var shape = new RecordShape(type);
        records[type] = shape;
        assemblies.Add(type.Assembly);
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(candidate => !(candidate.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(candidate => candidate.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new NotSupportedException($"The record '{type.Name}' has no public constructor whose parameters are its fields.");
        foreach (var parameter in constructor.GetParameters())
        {
            var info = nullability.Create(parameter);
            var (value, isNullable) = ReadValue(parameter.ParameterType, info, parameter);
            shape.Add(new FieldShape(Naming.ToKey(parameter.Name ?? string.Empty), parameter, value, isNullable));
        }

        return shape;
    }

    private (ValueShape Value, bool IsNullable) ReadValue(Type type, NullabilityInfo info, ParameterInfo parameter)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = info.GenericTypeArguments.Length > 0 ? info.GenericTypeArguments[0] : info;
            return (ReadValue(underlying, inner, parameter).Value, true);
        }

        var isNullable = !type.IsValueType && info.ReadState == NullabilityState.Nullable;
        return (ReadNonNullable(type, info, parameter), isNullable);
    }

    private ValueShape ReadNonNullable(Type type, NullabilityInfo info, ParameterInfo parameter)
    {
        if (type == typeof(string))
        {
            return new ValueShape(ValueKind.Text, type);
        }

        if (type == typeof(bool))
        {
            return new ValueShape(ValueKind.Boolean, type);
        }

        if (type == typeof(int))
        {
            return new ValueShape(ValueKind.WholeNumber, type);
        }

        if (type == typeof(long))
        {
            return new ValueShape(ValueKind.LongWholeNumber, type);
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return new ValueShape(ValueKind.Number, type);
        }

        if (type == typeof(DateOnly))
        {
            return new ValueShape(ValueKind.Date, type);
        }

        if (type == typeof(Uri))
        {
            return new ValueShape(ValueKind.Url, type);
        }

        if (type.IsEnum)
        {
            assemblies.Add(type.Assembly);
            var values = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(field => field.MetadataToken)
                .Select(field => new EnumValue(Naming.ToKebabCase(field.Name), field.Name))
                .ToList();
            return new ValueShape(ValueKind.Enum, type) { EnumValues = values };
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var argument = type.GetGenericArguments()[0];
            if (definition == typeof(Ref<>))
            {
                var folder = argument.GetCustomAttribute<CollectionAttribute>()?.Folder
                    ?? throw new NotSupportedException($"The field '{parameter.Name}' refers to '{argument.Name}', which is not a collection.");
                return new ValueShape(ValueKind.Reference, type) { ReferenceTarget = argument, ReferenceFolder = folder };
            }

            if (definition == typeof(ImmutableArray<>) || definition == typeof(IReadOnlyList<>))
            {
                var elementInfo = info.GenericTypeArguments.Length > 0 ? info.GenericTypeArguments[0] : info;
                var (element, elementNullable) = ReadValue(argument, elementInfo, parameter);
                if (element.Kind == ValueKind.List || elementNullable)
                {
                    throw new NotSupportedException($"The field '{parameter.Name}' is a list of lists or of nullable values, which content cannot express.");
                }

                return new ValueShape(ValueKind.List, type) { Element = element };
            }
        }

        if (IsRecordClass(type))
        {
            if (type.GetCustomAttribute<CollectionAttribute>() is not null)
            {
                throw new NotSupportedException($"The field '{parameter.Name}' holds the collection type '{type.Name}' directly; content refers to entries with Ref<{type.Name}>.");
            }

            return new ValueShape(ValueKind.Record, type) { Record = Read(type) };
        }

        throw new NotSupportedException($"The field '{parameter.Name}' has the type '{type.Name}', which content cannot bind.");
    }

    /// <summary>The compiler gives every record class a public <c>&lt;Clone&gt;$</c> method; nothing else can have that name.</summary>
    private static bool IsRecordClass(Type type) =>
        type.IsClass && type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
