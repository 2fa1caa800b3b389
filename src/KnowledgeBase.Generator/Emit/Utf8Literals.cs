namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Long content text is compiled as UTF-8 data (a slice of its file's <see cref="Utf8Pool"/>, decoded when the entry
/// is first built) instead of a C# string literal. Every string literal of an assembly shares one 16 MB metadata heap (CS8103 past it),
/// which realistic prose fills at about 12,000 entries; UTF-8 data has no such limit and is half the size.
/// Short text (ids, names, locators) stays a plain, readable literal, and a reference's id is the target's own
/// <c>Id</c> literal, which the heap stores once. What stays in the heap is then about 50 characters an entry
/// (mostly the id), so 100,000 entries fit the budget of KB0045 with room to spare (README "Performance").
/// </summary>
internal static class Utf8Literals
{
    /// <summary>Characters inside the quotes above which a literal becomes UTF-8 data.</summary>
    public const int MinLength = 16;

    private const string RefPrefix = "new global::KnowledgeBase.Ref<";

    private const string UriPrefix = "new global::System.Uri(";

    /// <summary>
    /// True for a plain string literal (from <see cref="Text.Literal"/>) longer than <see cref="MinLength"/>
    /// that UTF-8 can hold: a lone surrogate (escaped as <c>\uD800</c>…<c>\uDFFF</c>) cannot be, so such text stays UTF-16.
    /// </summary>
    public static bool Applies(string expression) =>
        expression.Length > MinLength + 2
        && expression[0] == '"'
        && expression[expression.Length - 1] == '"'
        && !HasSurrogateEscape(expression);

    /// <summary>
    /// A value expression with its long text, alone or as a URI, read from the file's UTF-8 data (<paramref name="pool"/>);
    /// anything else unchanged.
    /// </summary>
    public static string Rewrite(string expression, Utf8Pool pool) =>
        Applies(expression) ? pool.Slice(expression)
        : UriLiteral(expression) is { } uri ? UriPrefix + pool.Slice(uri) + ")"
        : expression;

    /// <summary>
    /// Characters an emitted value expression adds to the assembly's string heap (an upper bound): the quoted
    /// part of a plain literal, a URI or another expression holding one; nothing for text emitted as UTF-8 data
    /// or for a reference (its id is the target entry's own <c>Id</c> literal, counted there).
    /// </summary>
    public static int HeapCharacters(string expression)
    {
        if (Applies(expression) || UriLiteral(expression) is not null || expression.StartsWith(RefPrefix, System.StringComparison.Ordinal))
        {
            return 0;
        }

        var first = expression.IndexOf('"');
        return first < 0 ? 0 : expression.LastIndexOf('"') - first + 1;
    }

    /// <summary>The literal of <c>new global::System.Uri("...")</c> when it is long enough for UTF-8 data, else null.</summary>
    private static string? UriLiteral(string expression)
    {
        if (!expression.StartsWith(UriPrefix, System.StringComparison.Ordinal) || expression[expression.Length - 1] != ')')
        {
            return null;
        }

        var literal = expression.Substring(UriPrefix.Length, expression.Length - UriPrefix.Length - 1);
        return Applies(literal) ? literal : null;
    }

    private static bool HasSurrogateEscape(string literal)
    {
        for (var i = literal.IndexOf('\\'); i >= 0 && i + 2 < literal.Length; i = literal.IndexOf('\\', i + 2))
        {
            // "\\" is an escaped backslash: skip both characters so the text after it is not read as an escape.
            if (literal[i + 1] == 'u' && (literal[i + 2] is 'D' or 'd') && i + 3 < literal.Length && literal[i + 3] is >= '8' and <= '9' or >= 'A' and <= 'F' or >= 'a' and <= 'f')
            {
                return true;
            }
        }

        return false;
    }
}
