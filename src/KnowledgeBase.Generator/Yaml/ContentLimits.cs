namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Bounds on the work content may cause. Content arrives through pull requests and the generator runs inside
/// every developer's compiler and IDE, so a hostile file must be refused quickly, never expanded. A real
/// entry is about 500 characters, 4 levels deep and 40 values; every bound is hundreds of times that.
/// The README's "Limits and hostile content" lists them; change both together.
/// </summary>
internal static class ContentLimits
{
    /// <summary>Characters in one file (1 MiB of text), checked before anything scans or parses it.</summary>
    public const int MaxFileCharacters = 1024 * 1024;

    /// <summary>Nesting of sequences and mappings. The tree and the binder recurse this deep at most.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Values (scalars, sequences, mappings) in one file. Anchors and aliases are refused, so this is also the
    /// size after expansion, and it bounds the code one entry generates.
    /// </summary>
    public const int MaxNodes = 10_000;

    /// <summary>Characters in one value (64 Ki): a long quotation is a few thousand.</summary>
    public const int MaxScalarCharacters = 64 * 1024;

    /// <summary>
    /// Bytes of compiled data (UTF-8 tables) all entries together may put into the assembly. Each byte costs the
    /// compiler several times over (source text, its literal, the image), and a hostile pull request needs only
    /// files that each keep every per-file limit; 256 MiB is about 400,000 realistic entries, past the most six
    /// collections can hold. (How many entries one collection holds is derived from its record: EntryLimits.)
    /// </summary>
    public const long MaxDataBytes = 256L * 1024 * 1024;

    /// <summary>Bidirectional control characters reported per file; past that the file's own warnings would flood the list.</summary>
    public const int MaxBidiWarningsPerFile = 10;
}
