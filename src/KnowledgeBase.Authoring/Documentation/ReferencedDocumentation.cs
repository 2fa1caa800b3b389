using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeBase.Authoring.Documentation;

/// <summary>
/// Doc comments of types the generator could not read them for: types from other assemblies, such as
/// <see cref="EntryStatus"/>. The compiler hands generators references without their XML documentation
/// (csc creates them with no documentation provider), so the generated metadata has no summary for them; this reads
/// the <c>&lt;AssemblyName&gt;.xml</c> the compiler wrote beside that assembly instead. A missing file is no text.
/// </summary>
internal static partial class ReferencedDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, Dictionary<string, XElement>> Files = new();

    /// <summary>The summary of an enum member, as plain text.</summary>
    public static string? EnumMember(Type enumType, string memberName) =>
        Text(Member(enumType.Assembly, "F:" + TypeId(enumType) + "." + memberName)?.Element("summary"));

    private static XElement? Member(Assembly assembly, string id) => Files.GetOrAdd(assembly, Read).GetValueOrDefault(id);

    private static Dictionary<string, XElement> Read(Assembly assembly)
    {
        var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        return XDocument.Parse(File.ReadAllText(path)).Descendants("member")
            .Where(member => member.Attribute("name") is not null)
            .GroupBy(member => member.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    private static string TypeId(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>Flattens a doc element as the generator flattens comments: <c>see cref</c> as the short name, whitespace collapsed.</summary>
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
