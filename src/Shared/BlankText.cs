namespace KnowledgeBase.Shared;

/// <summary>
/// What counts as a blank text for <c>[NotEmpty]</c>: only white space, from a fixed list (.NET's white space, which
/// the generator always used) rather than whatever <c>\s</c> means to the regex engine at hand: ECMAScript's counts
/// U+FEFF and not U+0085, .NET's the other way round, and older runtimes' lists differ again. Linked as source into
/// the generator and the authoring library, whose JSON Schemas carry <see cref="NotBlankPattern"/>.
/// </summary>
internal static class BlankText
{
    /// <summary>Matches a text with at least one character that is not white space, in ECMAScript and .NET alike.</summary>
    public const string NotBlankPattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    public static bool IsBlank(string text)
    {
        foreach (var character in text)
        {
            if (!IsWhiteSpace(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters <see cref="NotBlankPattern"/> excludes.</summary>
    public static bool IsWhiteSpace(char character) =>
        character is >= '\t' and <= '\r' or ' ' or '\u0085' or '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A'
            or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
