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
    /// Entries one collection may have. Each entry's value is cached in a static field of its record, and the
    /// runtime loads no type with more than 65,535 fields (TypeLoadException, "too many fields", at the first
    /// fact), so 60,000 leaves room for the record's own. Past 500 entries they share a few generated files and
    /// <c>All</c> is filled in chunks; README "Performance" measures 100,000 entries in all, 25,000 in the largest
    /// collection. Entries past it, in id order, are refused.
    /// </summary>
    public const int MaxEntriesPerCollection = 60_000;

    /// <summary>
    /// Characters of string literals all entries together may put into the compiled assembly. C# keeps them in
    /// one 16 MB metadata heap (about 8 million characters; CS8103 past it); this leaves room for the rest of
    /// the assembly. At about 500 characters an entry, that is some 12,000 entries in all.
    /// </summary>
    public const int MaxTextCharacters = 6_000_000;

    /// <summary>Bidirectional control characters reported per file; past that the file's own warnings would flood the list.</summary>
    public const int MaxBidiWarningsPerFile = 10;
}
