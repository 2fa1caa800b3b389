using KnowledgeBase.Generator.Model;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Binding;

internal enum ValueKind
{
    /// <summary>A finished C# expression in <see cref="ValueNode.Text"/> (a literal, an enum member, a constructor call).</summary>
    Expression,

    /// <summary>A record constructor call: type in Text, named arguments in Names and Items.</summary>
    Construct,

    /// <summary>A list: element type in Text, items in Items, its declared kind in ListKind.</summary>
    List,
}

/// <summary>The bound value of an entry or field, ready to emit: equatable, no symbols.</summary>
internal sealed record ValueNode(
    ValueKind Kind,
    string Text,
    ListKind ListKind,
    EquatableArray<string> Names,
    EquatableArray<ValueNode> Items)
{
    public static ValueNode Expression(string text) =>
        new(ValueKind.Expression, text, ListKind.None, EquatableArray<string>.Empty, EquatableArray<ValueNode>.Empty);
}
