using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// One node of a parsed YAML document, with its position. Mappings keep their keys and values in
/// <see cref="Children"/> as alternating pairs (key, value), in file order.
/// </summary>
internal sealed record YamlNode(
    YamlNodeKind Kind,
    string Value,
    bool IsPlain,
    TextRange Range,
    EquatableArray<YamlNode> Children)
{
    public string Describe() => Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a mapping",
        _ when IsPlain && Value.Length == 0 => "empty",
        _ => "'" + Shorten(Value) + "'",
    };

    /// <summary>Plain <c>~</c>, <c>null</c> or nothing: YAML's null.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>The start of a long value for a message, never cutting a surrogate pair in two.</summary>
    private static string Shorten(string value)
    {
        if (value.Length <= 60)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[56]) ? 56 : 57;
        return value.Substring(0, length) + "...";
    }
}

/// <summary>A span of a file in both forms Roslyn needs: character offsets and 0-based line/column.</summary>
internal readonly record struct TextRange(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public LocationInfo In(string path) =>
        new(path, Start, System.Math.Max(0, End - Start), StartLine, StartColumn, EndLine, EndColumn);
}
