using System.Linq;
using Microsoft.CodeAnalysis;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// How many entries one collection can hold, derived from every limit of the runtime and the metadata that an
/// entry spends (README "Limits and hostile content"):
/// <list type="bullet">
/// <item>Method slots per type: the runtime loads no type whose methods take more than 65,524 slots
/// (TypeLoadException "contains more methods than the current implementation allows" at the first fact, while the
/// build succeeds). Measured here with Reflection.Emit and with a compiled collection: every method takes a slot
/// except an override, which reuses its base's, and the base's virtual methods take theirs (object's four). Each
/// entry spends one, its property's getter; everything else an entry needs lives in tables of data. The record's
/// own methods (accessors, constructors, what C# synthesizes for a record) and the generated ones count too.</item>
/// <item>Fields per type (65,535): an entry spends none; its cached value is an element of an array.</item>
/// <item>The string heap (16 MB, CS8103): an entry spends none; ids and values are UTF-8 data.</item>
/// <item>Method size: no generated method grows with the collection except through data it reads.</item>
/// <item>Metadata tables: a property and a method row per entry, far below the 16 million rows a table can have.</item>
/// </list>
/// So the method slots decide, and the limit is what they leave on the type that declares the entries: the
/// generated base record (<see cref="EntriesBase"/>), or the record itself where they stay on it.
/// </summary>
internal static class EntryLimits
{
    /// <summary>The most method slots the runtime loads on one type (found by loading types of every size around it).</summary>
    public const int MaxMethodSlots = 65_524;

    /// <summary>The methods the generator adds to a record besides one getter per entry: <c>Id</c>'s get and init, <c>CollectionName</c>, <c>All</c>, <c>TryGet</c>, <c>Get</c>.</summary>
    public const int GeneratedMethods = 6;

    /// <summary>
    /// The entries <paramref name="type"/> can hold: on a generated base record (<paramref name="onBase"/>), the slots
    /// that base's own methods leave; on the record, the slots its base's virtual methods and its own methods leave.
    /// One more is kept for a static constructor, which C# adds when a type has static field initializers but the
    /// symbol's members do not list.
    /// </summary>
    public static int Of(INamedTypeSymbol type, bool onBase) => onBase
        ? MaxMethodSlots - EntriesBase.MethodSlots - 1
        : MaxMethodSlots - GeneratedMethods - 1 - SlotsOf(type);

    /// <summary>The slots the type's methods take, without the generated ones: its own that are no override, and its bases' virtual ones.</summary>
    public static int SlotsOf(INamedTypeSymbol type)
    {
        var own = type.GetMembers().OfType<IMethodSymbol>().Count(method => !method.IsOverride);
        var inherited = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            inherited += current.GetMembers().OfType<IMethodSymbol>().Count(method => method.IsVirtual || method.IsAbstract);
        }

        return own + inherited;
    }
}
