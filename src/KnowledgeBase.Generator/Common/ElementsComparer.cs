using System.Collections.Generic;
using System.Collections.Immutable;

namespace KnowledgeBase.Generator.Common;

/// <summary>Compares two arrays element by element, so a part of the collected entries that did not change stops there.</summary>
internal sealed class ElementsComparer<T> : IEqualityComparer<ImmutableArray<T>>
{
    public static readonly ElementsComparer<T> Instance = new();

    public bool Equals(ImmutableArray<T> x, ImmutableArray<T> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        var items = EqualityComparer<T>.Default;
        for (var index = 0; index < x.Length; index++)
        {
            if (!items.Equals(x[index], y[index]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ImmutableArray<T> obj) => obj.Length;
}
