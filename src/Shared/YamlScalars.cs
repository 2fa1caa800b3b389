namespace KnowledgeBase.Shared;

/// <summary>What YAML 1.2's core schema reads a plain (unquoted) scalar as. Quoted scalars are always text.</summary>
internal enum PlainScalarType
{
    /// <summary>Nothing, <c>~</c>, <c>null</c>, <c>Null</c> or <c>NULL</c>.</summary>
    Null,

    /// <summary><c>true</c>, <c>True</c>, <c>TRUE</c> and the same for false.</summary>
    Boolean,

    /// <summary><c>12</c>, <c>-12</c>, <c>+12</c>, <c>0o17</c>, <c>0x1F</c>.</summary>
    Integer,

    /// <summary><c>593.7</c>, <c>.5</c>, <c>5.</c>, <c>5.576e6</c>, <c>.inf</c>, <c>-.Inf</c>, <c>.nan</c>.</summary>
    Float,

    /// <summary>Anything else: <c>2025-01-20</c>, <c>yes</c>, <c>1_000</c>, <c>ai-model</c>.</summary>
    String,
}

/// <summary>
/// What counts as a number, a boolean, null or text: a plain scalar has the type YAML 1.2's core schema gives it,
/// which is how editors (the YAML language server) type a value before they check it against a JSON Schema; a quoted
/// scalar is text. The generator binds by the same rule, so a field takes a value only when an editor agrees it is
/// of the field's JSON type: numbers unquoted, text that looks like a number quoted. Linked as source into the
/// generator and the authoring library.
/// </summary>
internal static class YamlScalars
{
    public static PlainScalarType Resolve(string plain)
    {
        switch (plain)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return PlainScalarType.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return PlainScalarType.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN":
                return PlainScalarType.Float;
        }

        if (IsRadixInteger(plain, "0o", 8) || IsRadixInteger(plain, "0x", 16))
        {
            return PlainScalarType.Integer;
        }

        return DecimalNumber(plain);
    }

    /// <summary>Whether a plain scalar is a number to YAML (and so to an editor): an integer or a float.</summary>
    public static bool IsNumber(string plain) => Resolve(plain) is PlainScalarType.Integer or PlainScalarType.Float;

    /// <summary><c>0o17</c> or <c>0x1F</c>: the prefix and at least one digit of the radix.</summary>
    private static bool IsRadixInteger(string text, string prefix, int radix)
    {
        if (text.Length <= prefix.Length || !text.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = prefix.Length; i < text.Length; i++)
        {
            var character = text[i];
            var isDigit = radix == 8
                ? character is >= '0' and <= '7'
                : character is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
            if (!isDigit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The core schema's decimal forms: integers <c>[-+]?[0-9]+</c>, floats
    /// <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c> that are not integers, anything else text.
    /// </summary>
    private static PlainScalarType DecimalNumber(string text)
    {
        var at = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var whole = Digits(text, ref at);
        var hasPoint = at < text.Length && text[at] == '.';
        var fraction = 0;
        if (hasPoint)
        {
            at++;
            fraction = Digits(text, ref at);
        }

        // "5." has whole digits, ".5" fraction digits; "." and "-" alone have neither.
        if (whole == 0 && fraction == 0)
        {
            return PlainScalarType.String;
        }

        var hasExponent = at < text.Length && text[at] is 'e' or 'E';
        if (hasExponent)
        {
            at++;
            if (at < text.Length && text[at] is '-' or '+')
            {
                at++;
            }

            if (Digits(text, ref at) == 0)
            {
                return PlainScalarType.String;
            }
        }

        if (at != text.Length)
        {
            return PlainScalarType.String;
        }

        return hasPoint || hasExponent ? PlainScalarType.Float : PlainScalarType.Integer;
    }

    private static int Digits(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && text[at] is >= '0' and <= '9')
        {
            at++;
        }

        return at - start;
    }
}
