using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Benchmarks.Content;

/// <summary>Writes YAML the way the real content is written: plain scalars, folded blocks for prose, block lists.</summary>
internal sealed class YamlText
{
    private const int Width = 100;

    private readonly StringBuilder builder = new();

    public YamlText Scalar(string key, string value, int indent = 0)
    {
        builder.Append(' ', indent).Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    /// <summary>Long text as a folded block (<c>&gt;-</c>) wrapped at about 100 columns.</summary>
    public YamlText Folded(string key, string value, int indent = 0)
    {
        builder.Append(' ', indent).Append(key).Append(": >-\n");
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width - indent - 2)
            {
                builder.Append(' ', indent + 2).Append(line).Append('\n');
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        builder.Append(' ', indent + 2).Append(line).Append('\n');
        return this;
    }

    public YamlText List(string key, IEnumerable<string> values, int indent = 0)
    {
        builder.Append(' ', indent).Append(key).Append(":\n");
        foreach (var value in values)
        {
            builder.Append(' ', indent + 2).Append("- ").Append(value).Append('\n');
        }

        return this;
    }

    /// <summary>Starts a list of mappings; each item is then written by <see cref="Item"/>.</summary>
    public YamlText Key(string key, int indent = 0)
    {
        builder.Append(' ', indent).Append(key).Append(":\n");
        return this;
    }

    /// <summary>The first key of a list item (<c>- key: value</c>) at <paramref name="indent"/>; later keys use indent + 2.</summary>
    public YamlText Item(string key, string value, int indent)
    {
        builder.Append(' ', indent).Append("- ").Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    public override string ToString() => builder.ToString();
}
