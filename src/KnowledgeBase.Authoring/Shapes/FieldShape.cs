using System.Reflection;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>One field of a record: a YAML key bound to a constructor parameter.</summary>
/// <param name="Key">The YAML key: the parameter name in camelCase.</param>
/// <param name="Parameter">The constructor parameter the key binds to.</param>
/// <param name="Value">The value's shape.</param>
/// <param name="IsNullable">Whether the parameter's type is nullable (<c>string?</c>, <c>DateOnly?</c>).</param>
public sealed record FieldShape(string Key, ParameterInfo Parameter, ValueShape Value, bool IsNullable)
{
    /// <summary>Whether the parameter has a default value (<c>= null</c>, <c>= default</c>, <c>= EntryStatus.Current</c>).</summary>
    public bool HasDefault => Parameter.HasDefaultValue;

    /// <summary>A field is required when its type is not nullable and it has no default: the generator's rule.</summary>
    public bool IsRequired => !IsNullable && !HasDefault;

    /// <summary>The default written as content would write it (<c>current</c>, <c>false</c>, <c>0</c>), or null when there is none to show.</summary>
    public object? DefaultContentValue => !HasDefault || Parameter.DefaultValue is null
        ? null
        : Value.Kind == ValueKind.Enum
            ? Naming.ToKebabCase(System.Enum.GetName(Value.ClrType, Parameter.DefaultValue) ?? string.Empty)
            : Parameter.DefaultValue;
}
