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
    /// <param name="name">The record's member name (<c>nameof</c>), shown as words: <c>HeldBy</c> is "Held by".</param>
    /// <param name="value">The value as prose.</param>
    public void Field(string name, string? value)
    {
        if (value is not null)
        {
            text.Append("- ").Append(Label(name)).Append(": ").Append(Indent(value, "  ")).Append('\n');
        }
    }

    /// <summary>A field with a list of values, one sub-bullet each; nothing when the list is empty.</summary>
    /// <param name="name">The record's member name (<c>nameof</c>).</param>
    /// <param name="values">The values as prose.</param>
    public void Field(string name, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append("- ").Append(Label(name)).Append(":\n");
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

    /// <summary>A member name as words, so labels follow the schema: <c>StatusReason</c> is "Status reason".</summary>
    public static string Label(string name)
    {
        var label = new StringBuilder(name.Length + 4);
        for (var index = 0; index < name.Length; index++)
        {
            label.Append(index > 0 && char.IsUpper(name[index]) ? " " + char.ToLowerInvariant(name[index]) : name[index].ToString());
        }

        return label.ToString();
    }

    private static string OneLine(string value) =>
        value.Replace("\r\n", " ", System.StringComparison.Ordinal).Replace('\n', ' ');
}
