using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>
/// The XML documentation the compiler wrote beside an assembly (<c>GenerateDocumentationFile</c>): the record
/// summaries and <c>&lt;param&gt;</c> texts become the descriptions editors show on hover. Missing docs are
/// simply no descriptions.
/// </summary>
public sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, XElement> members;

    private XmlDocumentation(Dictionary<string, XElement> members) => this.members = members;

    /// <summary>No documentation at all.</summary>
    public static XmlDocumentation Empty { get; } = new([]);

    /// <summary>Reads <c>&lt;AssemblyName&gt;.xml</c> beside <paramref name="assembly"/>, or <see cref="Empty"/> when there is none.</summary>
    /// <param name="assembly">The assembly whose documentation to read.</param>
    /// <returns>The documentation.</returns>
    public static XmlDocumentation For(Assembly assembly) => For([assembly]);

    /// <summary>Reads the documentation of every assembly of <paramref name="schema"/> (records and enums may live in several).</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The documentation.</returns>
    public static XmlDocumentation For(ContentSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return For(schema.Assemblies);
    }

    /// <summary>Reads and merges the documentation files beside <paramref name="assemblies"/>; missing files are skipped.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>The documentation.</returns>
    public static XmlDocumentation For(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
            if (path is not null && File.Exists(path))
            {
                foreach (var (name, member) in Parse(File.ReadAllText(path)).members)
                {
                    members.TryAdd(name, member);
                }
            }
        }

        return new XmlDocumentation(members);
    }

    /// <summary>Reads documentation from the text of a compiler-written XML documentation file.</summary>
    /// <param name="xml">The file's text.</param>
    /// <returns>The documentation.</returns>
    public static XmlDocumentation Parse(string xml)
    {
        var document = XDocument.Parse(xml);
        var members = document.Descendants("member")
            .Where(member => member.Attribute("name") is not null)
            .GroupBy(member => member.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        return new XmlDocumentation(members);
    }

    /// <summary>The summary of <paramref name="type"/>, as plain text.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The text, or null.</returns>
    public string? Summary(Type type) => Text(Member("T:" + TypeId(type))?.Element("summary"));

    /// <summary>The documentation of a record's constructor parameter (primary constructors document them on the type).</summary>
    /// <param name="record">The record type.</param>
    /// <param name="parameterName">The parameter name.</param>
    /// <returns>The text, or null.</returns>
    public string? Parameter(Type record, string parameterName) =>
        Text(Member("T:" + TypeId(record))?.Elements("param").FirstOrDefault(param => (string?)param.Attribute("name") == parameterName));

    /// <summary>The summary of an enum member.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <param name="memberName">The member name.</param>
    /// <returns>The text, or null.</returns>
    public string? EnumMember(Type enumType, string memberName) =>
        Text(Member("F:" + TypeId(enumType) + "." + memberName)?.Element("summary"));

    private XElement? Member(string id) => members.GetValueOrDefault(id);

    private static string TypeId(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>Flattens a doc element: <c>see cref</c> becomes the member's short name, whitespace collapses.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see => ShortName(see),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
            XElement inner => Text(inner) ?? string.Empty,
            _ => string.Empty,
        });
        var text = Whitespace().Replace(string.Concat(parts), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string ShortName(XElement see)
    {
        if ((string?)see.Attribute("langword") is { } word)
        {
            return word;
        }

        if (!see.IsEmpty)
        {
            return see.Value;
        }

        var cref = (string?)see.Attribute("cref") ?? string.Empty;
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        name = bracket >= 0 ? name[..bracket] : name;
        name = name.Contains('`', StringComparison.Ordinal) ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name;
        return name[(name.LastIndexOf('.') + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
