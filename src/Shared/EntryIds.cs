namespace KnowledgeBase.Shared;

/// <summary>
/// What an entry id is (the content file's name without extension): lower kebab-case, at most
/// <see cref="MaxLength"/> characters. Linked as source into the generator, which enforces it, and into the
/// authoring library, whose JSON Schemas say it to editors, so the two never disagree.
/// </summary>
internal static class EntryIds
{
    /// <summary>Ids have at most this many characters, so a member name stays readable.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// The id rule as a regular expression, for JSON Schemas and docs. JSON Schema patterns are ECMAScript, where
    /// <c>$</c> is the very end of the text; <see cref="IsValid"/> means the same (no trailing line break).
    /// </summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// Whether <paramref name="id"/> matches <see cref="Pattern"/> and is short enough. A loop rather than a
    /// regular expression: .NET's <c>$</c> would also accept a trailing <c>\n</c>, which ECMAScript's does not.
    /// </summary>
    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > MaxLength)
        {
            return false;
        }

        // True before the first character, so a leading hyphen is refused like a doubled one.
        var afterHyphen = true;
        foreach (var character in id)
        {
            if (character == '-')
            {
                if (afterHyphen)
                {
                    return false;
                }

                afterHyphen = true;
            }
            else if (character is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                afterHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !afterHyphen;
    }
}
