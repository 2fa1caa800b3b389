using System;

namespace KnowledgeBase;

/// <summary>
/// Moves a field in what readers show (<c>kb show</c>, the JSON and CSV exports, the prose document): fields are shown
/// by <see cref="Order"/> (0 when not set), then in declaration order. Binding and YAML keys are not affected.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DisplayOrderAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="order">Lower comes first; fields without the attribute are 0.</param>
    public DisplayOrderAttribute(int order) => Order = order;

    /// <summary>Lower comes first.</summary>
    public int Order { get; }
}
