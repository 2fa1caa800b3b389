using System;

namespace KnowledgeBase;

/// <summary>
/// A content rule: the list field must hold at least <see cref="Count"/> items, for example
/// <c>[MinItems(1)]</c> on citations so that no fact is left unsourced. An empty list is a build error.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class MinItemsAttribute : Attribute
{
    /// <summary>Requires at least <paramref name="count"/> items.</summary>
    /// <param name="count">The fewest items the list may hold.</param>
    public MinItemsAttribute(int count) => Count = count;

    /// <summary>The fewest items the list may hold.</summary>
    public int Count { get; }
}
