using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>A name no entry's member may take in one collection record, and why, worded to follow "which" in KB0010.</summary>
internal sealed record ReservedName(string Name, string Reason);

/// <summary>
/// The names an entry's member (<c>public static T Name =&gt; …</c> in the partial record <c>T</c>, or in its generated
/// base record, <see cref="EntriesBase"/>) must not take, so that every id that passes the checks compiles. On the base
/// the same names stay reserved: a member of <c>T</c> or of every record would hide the entry there (CS0108, and
/// <c>T.Name</c> would no longer read it), and a simple name in <c>T</c>'s code finds an inherited member as it finds
/// its own. Derived from the C# rules, each checked against the compiler:
/// <list type="number">
/// <item>A member named like its enclosing type is an error (ECMA-334 §15.3.1; CS0542).</item>
/// <item>A member named <c>Clone</c> is an error in a record: the compiler's clone method owns the name (records
/// spec, "Copy and Clone members"; CS8859).</item>
/// <item>The generator adds <c>Id</c>, <c>CollectionName</c>, <c>All</c>, <c>TryGet</c> and <c>Get</c>, implementing
/// <c>IEntry</c> and <c>IEntry&lt;T&gt;</c> (a test checks those interfaces declare nothing else); two members of one name
/// are an error (§15.3.1; CS0102). Its other members and nested types start with <c>__</c>, which no id produces.</item>
/// <item>Every record gets <c>EqualityContract</c>, <c>Equals</c>, <c>GetHashCode</c>, <c>ToString</c>,
/// <c>PrintMembers</c> and, when positional, <c>Deconstruct</c> (records spec, "Members of a record type"; CS0102),
/// reserved whether or not the symbol lists them. The record's own members, primary constructor properties and
/// nested types included, are CS0102 too.</item>
/// <item>An indexer is the member <c>Item</c> in metadata (or its <c>[IndexerName]</c>), which a property beside it
/// cannot take (§15.9; CS0102). Without an indexer <c>Item</c> is free.</item>
/// <item>The entry property <c>P</c> of type <c>T</c> reserves the signatures <c>get_P()</c> and <c>set_P(T)</c>
/// (§15.3.10.2): a method of either signature is CS0082, any other member named <c>get_P</c> or <c>set_P</c> CS0102.
/// A <c>get_P</c> with parameters, or inherited, does not clash.</item>
/// <item>A member hides every accessible inherited member of its name (§15.3.5): <c>object</c>'s
/// <c>GetType</c>, <c>MemberwiseClone</c>, <c>ReferenceEquals</c>, <c>Finalize</c> … and a base record's members; the
/// warning CS0108 is an error under warnings-as-errors. (C# does not warn for <c>Finalize</c>, the finalizer, but a
/// public <c>Finalize</c> beside it would mislead, so it stays reserved.)</item>
/// <item>Inside the record's own code, a simple name finds a member of the type before any type or namespace
/// (§12.8.4): an entry <c>system</c> would turn <c>System.Math.Max(…)</c> in a method body, an initializer, a base
/// argument or an attribute argument into a lookup on the entry. Names in type contexts, and in the primary
/// constructor's parameter list (bound outside the type's members), are not affected. Derived records are not read.</item>
/// </list>
/// Impossible by design, so not listed: keywords (all lower case; ids become PascalCase or <c>_</c> and a digit,
/// and <c>@</c> stays as a defence), and every name with a lower-case start or an inner underscore, among them
/// accessors (<c>get_X</c>), operators (<c>op_Equality</c>), <c>.ctor</c>, <c>&lt;Clone&gt;$</c> and <c>__</c> names.
/// </summary>
internal static class ReservedNames
{
    private const string CloneName = "Clone";
    private const string GetterPrefix = "get_";
    private const string SetterPrefix = "set_";

    /// <summary>
    /// What the generator adds to each collection record (and <c>__</c> names, which no id produces). Fixed, not looked
    /// up: this runs on every compilation, and the interfaces it implements name nothing else (ReservedIdTests).
    /// </summary>
    internal static readonly string[] GeneratorMembers = ["Id", "CollectionName", "All", "TryGet", "Get"];

    private static readonly string[] RecordMembers = ["EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct"];

    /// <summary>
    /// Every name an entry of <paramref name="type"/> must not take, sorted by name (ordinal);
    /// <paramref name="entriesBase"/> is where its entries are declared, if not on the record.
    /// </summary>
    public static EquatableArray<ReservedName> Of(INamedTypeSymbol type, EntriesBaseModel? entriesBase, Compilation compilation, CancellationToken cancellationToken)
    {
        var reserved = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string reason)
        {
            // The first rule that names a member gives its reason; names no id can produce are left out.
            if (CanBeEntryName(name) && !reserved.ContainsKey(name))
            {
                reserved.Add(name, reason);
            }
        }

        var display = type.Name;
        Add(type.Name, "is the record's own name (C# forbids a member named like its type, CS0542)");
        if (entriesBase is not null)
        {
            Add(entriesBase.Name, "is the name of " + display + "'s generated base record, which declares the entries (C# forbids a member named like its type, CS0542)");
        }

        Add(CloneName, "C# forbids in records (the name belongs to the record's clone method, CS8859)");
        foreach (var name in GeneratorMembers)
        {
            Add(name, "the generator adds to every collection");
        }

        foreach (var name in RecordMembers)
        {
            Add(name, "C# declares in every record (CS0102)");
        }

        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol { IsIndexer: true })
            {
                Add(member.MetadataName, "is the name of " + display + "'s indexer (CS0102)");
            }
            else if (member.CanBeReferencedByName)
            {
                Add(member.Name, "is already a member of " + display);
                if (AccessorClash(member, type) is { } property)
                {
                    Add(property, "would need the accessor name '" + member.Name + "', which " + display + "'s member " + member.Name + " already has (CS0082, CS0102)");
                }
            }
        }

        for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
        {
            foreach (var member in ancestor.GetMembers())
            {
                var named = member.CanBeReferencedByName || member is IMethodSymbol { MethodKind: MethodKind.Destructor };
                if (named && compilation.IsSymbolAccessibleWithin(member, type))
                {
                    Add(member.Name, display + " inherits from " + ancestor.ToDisplayString() + " (hiding it is warning CS0108)");
                }
            }
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
            {
                foreach (var name in SimpleNamesIn(declaration))
                {
                    // The line is worked out only for a name not reserved yet: this runs on every compilation.
                    if (!reserved.ContainsKey(name.Identifier.ValueText))
                    {
                        var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        Add(name.Identifier.ValueText, "the record's own code uses as a name (" + FileName(declaration.SyntaxTree.FilePath) + " line " + line.ToString(CultureInfo.InvariantCulture) + "), where a member would take its place");
                    }
                }
            }
        }

        return reserved
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ReservedName(pair.Key, pair.Value))
            .ToEquatableArray();
    }

    /// <summary>Why <paramref name="identifier"/> (a member name from an id, <c>@</c> already removed) is taken, or null when it is free.</summary>
    public static string? Find(EquatableArray<ReservedName> reserved, string identifier)
    {
        // Sorted by Of, so one collection's many entries each cost a binary search.
        int low = 0, high = reserved.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(reserved[middle].Name, identifier);
            if (order == 0)
            {
                return reserved[middle].Reason;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an id can become <paramref name="name"/>: <c>Common.Naming.ToIdentifier</c> makes an upper-case
    /// letter and letters or digits, or <c>_</c>, a digit and letters or digits.
    /// </summary>
    private static bool CanBeEntryName(string name)
    {
        var start = name.Length > 1 && name[0] == '_' && name[1] is >= '0' and <= '9' ? 1 : 0;
        if (name.Length == 0 || !(start == 1 || name[0] is >= 'A' and <= 'Z'))
        {
            return false;
        }

        for (var i = start; i < name.Length; i++)
        {
            if (name[i] is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The property name whose accessor signature <paramref name="member"/> already takes: <c>get_P</c> as a method
    /// without parameters or as anything else, <c>set_P</c> as a method taking one <paramref name="type"/> by value
    /// or as anything else. Null otherwise.
    /// </summary>
    private static string? AccessorClash(ISymbol member, INamedTypeSymbol type)
    {
        var name = member.Name;
        if (name.StartsWith(GetterPrefix, StringComparison.Ordinal))
        {
            return member is not IMethodSymbol method || method.Parameters.Length == 0 ? name.Substring(GetterPrefix.Length) : null;
        }

        if (name.StartsWith(SetterPrefix, StringComparison.Ordinal))
        {
            return member is not IMethodSymbol method
                || method.Parameters is [{ RefKind: RefKind.None } parameter] && SymbolEqualityComparer.Default.Equals(parameter.Type, type)
                ? name.Substring(SetterPrefix.Length)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The names the declaration's code looks up as simple names in expressions: not
    /// in type contexts, not after a dot, not named arguments or initializer targets, and not in the primary
    /// constructor's parameter list, which the compiler binds outside the record's members.
    /// </summary>
    private static IEnumerable<SimpleNameSyntax> SimpleNamesIn(TypeDeclarationSyntax declaration)
    {
        foreach (var node in declaration.DescendantNodes(node => node != declaration.ParameterList))
        {
            if (node is SimpleNameSyntax name && IsLookedUp(name) && CanBeEntryName(name.Identifier.ValueText))
            {
                yield return name;
            }
        }
    }

    private static bool IsLookedUp(SimpleNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == name,
        QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax => false,
        AssignmentExpressionSyntax assignment when assignment.Left == name && assignment.Parent is InitializerExpressionSyntax => false,
        _ => !SyntaxFacts.IsInNamespaceOrTypeContext(name),
    };

    /// <summary>The file name of a path, split by hand: <see cref="System.IO.Path"/> throws on some characters.</summary>
    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
}
