using System.Linq;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// Where a collection's entry properties are declared. Roslyn finds the symbol of a member whose body it binds by
/// walking every member of its type when the type has a primary constructor, as a positional record has
/// (<c>BinderFactory.GetMemberSymbol</c>), and by name otherwise. So N entry properties on the record cost N²/2
/// steps: 18% of a 40,000-entry build's CPU in a profile of the compiler (README, "entries on a base record").
/// Declared instead on a generated abstract record the collection record derives from, which has no primary
/// constructor, each is found by name, and <c>Source.Class</c> still finds it: a type's static members include its
/// base's. Only where that changes nothing else: the record has no base of its own (C# gives a record one base),
/// no <c>PrintMembers</c> or copy constructor of its own (a derived record's must call its base's), and no type of the
/// base's full name exists, in source or in a reference (the generated one would conflict with it: CS0101, CS0436).
/// Otherwise the entries stay on the record. The base is as accessible as the record: a public base would declare
/// public properties of an internal type (CS0053).
/// </summary>
internal static class EntriesBase
{
    /// <summary>The methods the base takes slots for, beside one getter per entry (<see cref="EntryLimits"/>).</summary>
    /// <remarks>
    /// What C# declares in an abstract record with no members and no base: its constructor and copy constructor,
    /// <c>EqualityContract</c>'s getter, <c>Equals(T)</c>, <c>PrintMembers</c>, <c>==</c>, <c>!=</c> and the abstract
    /// clone method (8; its <c>ToString</c>, <c>GetHashCode</c> and <c>Equals(object)</c> override object's), and
    /// object's four virtual methods. EntryLimitTests counts them on the compiled base.
    /// </remarks>
    public const int MethodSlots = 12;

    /// <summary>The name of the base record of a record named <paramref name="recordName"/>.</summary>
    public static string NameOf(string recordName) => recordName + "Entries";

    /// <summary>The base record for <paramref name="type"/>'s entries, or null when they stay on the record.</summary>
    public static EntriesBaseModel? For(INamedTypeSymbol type, Compilation compilation)
    {
        var name = NameOf(type.Name);
        var metadataName = type.ContainingNamespace.IsGlobalNamespace ? name : type.ContainingNamespace.ToDisplayString() + "." + name;
        var eligible = type.BaseType is { SpecialType: SpecialType.System_Object }
            && !type.GetMembers("PrintMembers").Any(member => !member.IsImplicitlyDeclared)
            && !type.InstanceConstructors.Any(constructor => !constructor.IsImplicitlyDeclared
                && constructor.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type))
            && type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
            && compilation.GetTypesByMetadataName(metadataName).IsEmpty;
        if (!eligible)
        {
            return null;
        }

        var space = type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var typeName = (type.ContainingNamespace.IsGlobalNamespace ? "global::" : space + ".") + name;
        return new EntriesBaseModel(name, typeName, type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal");
    }
}

/// <summary>
/// The generated base record a collection's entries are declared on: its name beside the record, its name as the
/// emitter writes it (<c>global::</c>, as the record's own type name), and its accessibility keyword.
/// </summary>
internal sealed record EntriesBaseModel(string Name, string TypeName, string Accessibility);
