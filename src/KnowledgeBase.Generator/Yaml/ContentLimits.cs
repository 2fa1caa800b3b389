namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Bounds on the work one content file may cause. Content arrives through pull requests and the generator
/// runs inside every developer's compiler, so a hostile file must be refused quickly, never expanded.
/// </summary>
internal static class ContentLimits
{
    /// <summary>Characters in one file (about 4 MB of text): far above any real entry.</summary>
    public const int MaxFileCharacters = 4 * 1024 * 1024;

    /// <summary>Nesting of sequences and mappings; YamlDotNet itself gives up far deeper.</summary>
    public const int MaxDepth = 32;

    /// <summary>Nodes (scalars, sequences, mappings) in one file. Aliases are refused, so this is also the expanded size.</summary>
    public const int MaxNodes = 50_000;

    /// <summary>Characters in one scalar.</summary>
    public const int MaxScalarCharacters = 256 * 1024;
}
