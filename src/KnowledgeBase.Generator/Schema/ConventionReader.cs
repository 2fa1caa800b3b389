using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// Reads the convention attributes of a schema record (which field is the title, the summary, the citations, the
/// standing …) and its doc comments. The generator knows no field name of any schema: these attributes say it.
/// A convention on a field of the wrong type is a schema error at the parameter (KB0013).
/// </summary>
internal static class ConventionReader
{
    private const string Namespace = "KnowledgeBase.";

    private static readonly (string Attribute, FieldRoles Role)[] Roles =
    [
        (Namespace + "EntryTitleAttribute", FieldRoles.Title),
        (EntrySummary, FieldRoles.Summary),
        (Namespace + "CitationsAttribute", FieldRoles.Citations),
        (Namespace + "CitedSourceAttribute", FieldRoles.CitedSource),
        (Namespace + "CitedQuoteAttribute", FieldRoles.CitedQuote),
        (Namespace + "CitedLocatorAttribute", FieldRoles.CitedLocator),
        (Namespace + "StandingAttribute", FieldRoles.Standing),
        (Namespace + "ReplacedByAttribute", FieldRoles.ReplacedBy),
        (Namespace + "StandingReasonAttribute", FieldRoles.StandingReason),
        (Namespace + "EntryDateAttribute", FieldRoles.Date),
        (Namespace + "PublishedOnAttribute", FieldRoles.Date),
        (Namespace + "QualifiesReferencesAttribute", FieldRoles.QualifiesReferences),
    ];

    private const string EntrySummary = Namespace + "EntrySummaryAttribute";
    private const string Searchable = Namespace + "SearchableAttribute";
    private const string DisplayOrder = Namespace + "DisplayOrderAttribute";
    private const string Derived = Namespace + "DerivedAttribute";
    private const string CitationContext = Namespace + "CitationContextAttribute";

    /// <summary><c>SearchWeight.Title</c> and <c>SearchWeight.Text</c>: what titles, summaries and reasons are searched as by default.</summary>
    private const int TitleWeight = 0;
    private const int TextWeight = 4;

    public static FieldConventions ReadField(IParameterSymbol parameter, FieldType type, string? doc, Action<string, Location?> problem)
    {
        var roles = FieldRoles.None;
        var search = -1;
        var order = 0;
        var at = parameter.Locations.FirstOrDefault();
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is null || !name.StartsWith(Namespace, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (known, role) in Roles)
            {
                if (name == known)
                {
                    roles |= role;
                    if (Needs(role, type) is { } needs)
                    {
                        problem($"[{Short(known)}] on '{parameter.Name}' needs {needs}", at);
                    }
                }
            }

            if (name == Searchable && attribute.ConstructorArguments.FirstOrDefault().Value is int weight)
            {
                search = weight;
                if (!IsText(type) && !(type.Kind == FieldKind.List && IsText(type.Element!)))
                {
                    problem($"[Searchable] on '{parameter.Name}' needs text or a list of text", at);
                }
            }

            if (name == DisplayOrder && attribute.ConstructorArguments.FirstOrDefault().Value is int value)
            {
                order = value;
            }
        }

        if (search < 0)
        {
            search = (roles & FieldRoles.Title) != 0 ? TitleWeight
                : (roles & (FieldRoles.Summary | FieldRoles.StandingReason)) != 0 ? TextWeight
                : -1;
        }

        return roles == FieldRoles.None && search < 0 && order == 0 && doc is null
            ? FieldConventions.None
            : new FieldConventions(roles, search, order, doc);
    }

    /// <summary>What type a role needs, or null when <paramref name="type"/> fits.</summary>
    private static string? Needs(FieldRoles role, FieldType type) => role switch
    {
        FieldRoles.Title or FieldRoles.Summary or FieldRoles.StandingReason or FieldRoles.CitedQuote or FieldRoles.CitedLocator
            => IsText(type) ? null : "a string",
        FieldRoles.Standing => type.Kind == FieldKind.EntryStatus ? null : "the type KnowledgeBase.EntryStatus",
        FieldRoles.ReplacedBy or FieldRoles.CitedSource => type.Kind == FieldKind.Ref ? null : "a Ref<T>",
        FieldRoles.Citations => type.Kind == FieldKind.List && type.Element!.Kind == FieldKind.Record ? null : "a list of citation records",
        FieldRoles.QualifiesReferences => type.Kind is FieldKind.Enum or FieldKind.EntryStatus ? null : "an enum",
        _ => null,
    };

    private static bool IsText(FieldType type) => type.Kind == FieldKind.String;

    private static string Short(string attribute) =>
        attribute.Substring(Namespace.Length, attribute.Length - Namespace.Length - "Attribute".Length);

    /// <summary>The record's <c>[CitationContext]</c> method: an instance method taking one nested record, returning text.</summary>
    public static (string? Method, string? Part) ReadCitationContext(INamedTypeSymbol type, Action<string, Location?> problem)
    {
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (!method.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == CitationContext))
            {
                continue;
            }

            if (method.IsStatic || method.Parameters.Length != 1 || method.ReturnType.SpecialType != SpecialType.System_String
                || method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                problem($"[CitationContext] on '{method.Name}' needs an accessible instance method taking one nested record and returning string", method.Locations.FirstOrDefault());
                return (null, null);
            }

            return (method.Name, method.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        return (null, null);
    }

    /// <summary>The record's <c>[Derived]</c> properties, in declaration order; each read as a field type would be.</summary>
    public static IEnumerable<(IPropertySymbol Property, string? DisplayName, bool IsSummary)> DerivedProperties(INamedTypeSymbol type)
    {
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var attributes = property.GetAttributes();
            var derived = attributes.FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == Derived);
            var isSummary = attributes.Any(attribute => attribute.AttributeClass?.ToDisplayString() == EntrySummary);
            if (derived is null && !isSummary)
            {
                continue;
            }

            var displayName = derived?.NamedArguments.FirstOrDefault(argument => argument.Key == "DisplayName").Value.Value as string;
            yield return (property, displayName, isSummary && derived is null);
        }
    }

    /// <summary>The collection's presentation: <c>[Collection(Singular = …, Description = …, Order = …)]</c> and its doc summary.</summary>
    public static CollectionPresentation ReadPresentation(INamedTypeSymbol type, string? doc, AttributeData? collection, string? citationMethod, string? citationPart)
    {
        string? Named(string key) => collection?.NamedArguments.FirstOrDefault(argument => argument.Key == key).Value.Value as string;
        var order = collection?.NamedArguments.FirstOrDefault(argument => argument.Key == "Order").Value.Value is int value ? value : 0;
        return new CollectionPresentation(
            Named("Singular") ?? global::KnowledgeBase.Shared.EnumSpelling.ToKebabCase(type.Name),
            Named("Description") ?? doc ?? type.Name,
            order,
            doc,
            citationMethod,
            citationPart);
    }

    /// <summary>A symbol's <c>&lt;summary&gt;</c> as one line of plain text, or null.</summary>
    public static string? Summary(ISymbol symbol) => Element(Parse(symbol), "summary");

    /// <summary>The <c>&lt;param&gt;</c> texts of a record's doc comment, by parameter name.</summary>
    public static Dictionary<string, string> Parameters(ISymbol symbol) => Parameters(Parse(symbol));

    /// <summary>A record's summary and <c>&lt;param&gt;</c> texts, from one reading of its doc comment.</summary>
    public static (string? Summary, Dictionary<string, string> Parameters) SummaryAndParameters(ISymbol symbol)
    {
        var comment = Parse(symbol);
        return (Element(comment, "summary"), Parameters(comment));
    }

    private static Dictionary<string, string> Parameters(XElement? comment)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in comment?.Elements("param") ?? [])
        {
            if (element.Attribute("name")?.Value is { } name && DocText.Plain(element) is { } text)
            {
                result[name] = text;
            }
        }

        return result;
    }

    // Read from the comment as written, not with GetDocumentationCommentXml: that binds every cref, and this step
    // runs again on every C# edit. Symbols from metadata (EntryStatus) have no syntax and fall back to it.
    private static XElement? Parse(ISymbol symbol)
    {
        string? xml = null;
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var comment = reference.GetSyntax().GetLeadingTrivia()
                .Select(trivia => trivia.GetStructure())
                .OfType<DocumentationCommentTriviaSyntax>()
                .LastOrDefault();
            if (comment is not null)
            {
                var lines = comment.ToFullString().Split('\n').Select(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal) ? line.TrimStart().Substring(3) : line);
                xml = "<doc>" + string.Join("\n", lines) + "</doc>";
                break;
            }
        }

        if (xml is null && symbol.DeclaringSyntaxReferences.Length == 0)
        {
            xml = symbol.GetDocumentationCommentXml();
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            return XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            // A malformed doc comment is the compiler's warning to give; readers just get no description.
            return null;
        }
    }

    private static string? Element(XElement? root, string name) => root?.Element(name) is { } element ? DocText.Plain(element) : null;
}
