using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using KnowledgeBase.Shared;

namespace KnowledgeBase.Authoring.Documentation;

/// <summary>
/// Doc comments of types the generator could not read them for: types from other assemblies, such as
/// <see cref="EntryStatus"/>. The compiler hands generators references without their XML documentation
/// (csc creates them with no documentation provider), so the generated metadata has no summary for them; this reads
/// the <c>&lt;AssemblyName&gt;.xml</c> the compiler wrote beside that assembly instead, flattened as the generator
/// flattens comments (<see cref="DocText"/>). A missing file is no text.
/// </summary>
internal static class ReferencedDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, Dictionary<string, XElement>> Files = new();

    /// <summary>The summary of an enum member, as plain text.</summary>
    public static string? EnumMember(Type enumType, string memberName) =>
        Member(enumType.Assembly, "F:" + TypeId(enumType) + "." + memberName)?.Element("summary") is { } summary ? DocText.Plain(summary) : null;

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
}
