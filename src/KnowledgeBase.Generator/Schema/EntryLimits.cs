using System.Linq;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// How many entries one collection can hold, derived from every limit of the runtime and the metadata that an
/// entry spends (README "Limits and hostile content"):
/// <list type="bullet">
/// <item>Methods per type: the runtime loads no type with more than 65,535 methods (TypeLoadException at the first
/// fact, while the build succeeds). Each entry spends one, its property's getter, on the record; everything else
/// an entry needs lives in tables of data. The record's own methods (accessors, constructors, what C# synthesizes
/// for a record) and the generated ones count too.</item>
/// <item>Fields per type (also 65,535): an entry spends none; its cached value is an element of an array.</item>
/// <item>The string heap (16 MB, CS8103): an entry spends none; ids and values are UTF-8 data.</item>
/// <item>Method size: no generated method grows with the collection except through data it reads.</item>
/// <item>Metadata tables: a property and a method row per entry, far below the 16 million rows a table can have.</item>
/// </list>
/// So the methods per type decide, and the limit is what they leave.
/// </summary>
internal static class EntryLimits
{
    /// <summary>The most methods the runtime loads on one type.</summary>
    public const int MaxMethodsPerType = 65_535;

    /// <summary>The methods the generator adds to a record besides one getter per entry: <c>Id</c>'s get and init, <c>CollectionName</c>, <c>All</c>, <c>TryGet</c>, <c>Get</c>.</summary>
    public const int GeneratedMethods = 6;

    /// <summary>
    /// The entries <paramref name="type"/> can hold: the methods per type its own methods leave. One more is kept
    /// for a static constructor, which C# adds when the record has static field initializers but the symbol's
    /// members do not list.
    /// </summary>
    public static int Of(INamedTypeSymbol type) =>
        MaxMethodsPerType - GeneratedMethods - 1 - type.GetMembers().Count(member => member.Kind == SymbolKind.Method);
}
