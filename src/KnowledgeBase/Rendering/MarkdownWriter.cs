using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Writes the prose document line by line: headings, and one bullet per field, so a changed fact changes
/// one line of one entry and a diff of the document reads like a list of edited facts.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder text = new();

    public void Heading(int level, string title) =>
        text.Append('#', level).Append(' ').Append(OneLine(title)).Append("\n\n");

    public void Paragraph(string paragraph) => text.Append(paragraph).Append("\n\n");

    /// <summary>A field with one value; nothing when the value is absent, as in the YAML.</summary>
    public void Field(string label, string? value)
    {
        if (value is not null)
        {
            text.Append("- ").Append(label).Append(": ").Append(Indent(value, "  ")).Append('\n');
        }
    }

    /// <summary>A field with a list of values, one sub-bullet each; nothing when the list is empty.</summary>
    public void Field(string label, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append("- ").Append(label).Append(":\n");
        foreach (var item in items)
        {
            text.Append("  - ").Append(Indent(item, "    ")).Append('\n');
        }
    }

    /// <summary>Closes an entry's section with a blank line.</summary>
    public void EndEntry() => text.Append('\n');

    public override string ToString() => text.ToString().TrimEnd('\n') + "\n";

    // Continuation lines stay inside their bullet, so multi-line text (and nested bullets) nest correctly.
    private static string Indent(string value, string indent) =>
        value.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Replace("\n", "\n" + indent, System.StringComparison.Ordinal);

    private static string OneLine(string value) =>
        value.Replace("\r\n", " ", System.StringComparison.Ordinal).Replace('\n', ' ');
}
