using KnowledgeBase.Shared;

namespace KnowledgeBase.Authoring;

/// <summary>
/// The generator's naming rules, as content sees them: camelCase keys, kebab-case enum values and ids. Ids and enum
/// spellings are defined once, in source the generator compiles too (<c>src/Shared</c>).
/// </summary>
public static class Naming
{
    /// <summary>The longest id the generator accepts.</summary>
    public const int MaxIdLength = EntryIds.MaxLength;

    /// <summary>The pattern every entry id matches (the file name without extension).</summary>
    public const string IdPattern = EntryIds.Pattern;

    /// <summary>Whether <paramref name="id"/> is a valid entry id: lower kebab-case, at most <see cref="MaxIdLength"/> characters.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when the generator accepts it.</returns>
    public static bool IsValidId(string id) => id is not null && EntryIds.IsValid(id);

    /// <summary><c>SupersededBy</c> becomes <c>supersededBy</c>: how a constructor parameter is written as a YAML key.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The key.</returns>
    public static string ToKey(string name) => FieldKeys.FromParameter(name);

    /// <summary><c>AiModel</c> becomes <c>ai-model</c>: how content spells an enum member.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The kebab-case spelling.</returns>
    public static string ToKebabCase(string name) => EnumSpelling.ToKebabCase(name);
}
