using System;
using System.Text;
using System.Xml.Linq;

namespace KnowledgeBase.Shared;

/// <summary>
/// A doc comment element as the one line of plain text readers show: <c>&lt;see cref="T:KnowledgeBase.Spread"/&gt;</c>
/// reads as <c>Spread</c>, <c>&lt;c&gt;x&lt;/c&gt;</c> as <c>x</c>, whitespace collapses to single spaces. The generator
/// flattens the comments it reads from source with it, the authoring tools the XML files of other assemblies, so a
/// description reads the same wherever it came from.
/// </summary>
internal static class DocText
{
    /// <summary>The element's text, or null when it has none.</summary>
    public static string? Plain(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            if (node is XText part)
            {
                text.Append(part.Value);
            }
            else if (node is XElement { IsEmpty: true } reference && (reference.Attribute("cref") ?? reference.Attribute("langword") ?? reference.Attribute("name")) is { } target)
            {
                var value = target.Value;
                var start = value.LastIndexOfAny([':', '.']) + 1;
                text.Append(value, start, value.Length - start);
            }
        }

        var collapsed = string.Join(" ", text.ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
