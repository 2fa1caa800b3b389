using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Common;

/// <summary>
/// Turns content text into C# string literals, XML doc text and diagnostic message text that cannot change
/// the code, the docs or the build log around them, whatever the text holds.
/// </summary>
internal static class Text
{
    /// <summary>Longest text a diagnostic message quotes from content; a hostile file must not flood the build log.</summary>
    public const int MaxMessageArgumentLength = 2000;

    /// <summary>
    /// A C# literal that compiles to exactly <paramref name="value"/>. Roslyn formats it; any character that
    /// could still hide or reorder code on screen (bidi controls, invisible format characters also beyond
    /// the BMP, separators, lone surrogates) is escaped too, so the literal is plain, visible, one line.
    /// </summary>
    public static string Literal(string value) => IsPlain(value) ? "\"" + value + "\"" : Format(value);

    /// <summary>
    /// What <see cref="Literal"/> writes between the quotes. Each character (or surrogate pair) is escaped on
    /// its own, so the bodies of two strings without lone surrogates, written one after the other, are the body
    /// of the two joined, which lets a long literal be written piece by piece.
    /// </summary>
    public static string LiteralBody(string value)
    {
        if (IsPlain(value))
        {
            return value;
        }

        var quoted = Format(value);
        return quoted.Substring(1, quoted.Length - 2);
    }

    /// <summary>Printable ASCII other than a quote or a backslash, which Roslyn's formatting leaves as it is.</summary>
    private static bool IsPlain(string value)
    {
        foreach (var character in value)
        {
            if (character is < ' ' or > '~' or '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static string Format(string value)
    {
        var formatted = SymbolDisplay.FormatLiteral(value, quote: true);
        StringBuilder? builder = null;
        for (var i = 0; i < formatted.Length; i++)
        {
            var escape = Escape(formatted, i, out var width);
            if (escape is not null)
            {
                builder ??= new StringBuilder(formatted, 0, i, formatted.Length + 16);
                builder.Append(escape);
            }
            else if (builder is not null)
            {
                builder.Append(formatted, i, width);
            }

            i += width - 1;
        }

        return builder?.ToString() ?? formatted;
    }

    /// <summary>
    /// Text for an XML doc comment: one line (every C# line terminator becomes a space), markup escaped,
    /// invisible characters shown as character references, and characters XML forbids (controls, lone
    /// surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so the compiler never sees malformed XML.
    /// </summary>
    public static string XmlDoc(string value, int maxLength = 400)
    {
        if (value.Length <= maxLength && IsPlainDoc(value))
        {
            return value;
        }

        var builder = new StringBuilder(System.Math.Min(value.Length, maxLength) + 16);
        var lastWasSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append("...");
                break;
            }

            var character = value[i];
            if (character is '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029' or ' ')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (character is > ' ' and <= '~' and not '&' and not '<' and not '>')
            {
                // Most doc text: printable ASCII, which needs no category look-up.
                builder.Append(character);
                continue;
            }

            if (IsPair(value, i))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(value, i) == UnicodeCategory.Format)
                {
                    AppendReference(builder, char.ConvertToUtf32(value, i));
                }
                else
                {
                    builder.Append(value, i, 2);
                }

                i++;
                continue;
            }

            switch (character)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(character);
                    if (category is UnicodeCategory.Control or UnicodeCategory.Surrogate || character is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (category is UnicodeCategory.Format)
                    {
                        AppendReference(builder, character);
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Most doc text: printable ASCII without markup, spaced by single spaces, which stays as it is.</summary>
    private static bool IsPlainDoc(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (character is < ' ' or > '~' or '&' or '<' or '>'
                || (character == ' ' && (i == 0 || i == value.Length - 1 || value[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Content text quoted in a diagnostic message: one line, with line breaks, controls, invisible and bidi
    /// characters and lone surrogates written as <c>\uXXXX</c>, and at most <see cref="MaxMessageArgumentLength"/>
    /// characters. A message can then neither forge extra lines in a build log nor reorder what it shows.
    /// </summary>
    public static string ForMessage(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (i >= MaxMessageArgumentLength)
            {
                builder ??= new StringBuilder(value, 0, i, i + 3);
                builder.Append("...");
                break;
            }

            var escape = Escape(value, i, out var width);
            if (escape is not null)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length + 16);
                builder.Append(escape);
            }
            else if (builder is not null)
            {
                builder.Append(value, i, width);
            }

            i += width - 1;
        }

        return builder?.ToString() ?? value;
    }

    /// <summary>
    /// The escape for the character (or surrogate pair) at <paramref name="index"/>, or null when it may stand
    /// as it is; <paramref name="width"/> is how many chars it spans.
    /// </summary>
    private static string? Escape(string text, int index, out int width)
    {
        if (IsPair(text, index))
        {
            width = 2;
            return CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                ? "\\U" + char.ConvertToUtf32(text, index).ToString("X8", CultureInfo.InvariantCulture)
                : null;
        }

        width = 1;
        var character = text[index];
        var category = CharUnicodeInfo.GetUnicodeCategory(character);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            ? "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool IsPair(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    private static void AppendReference(StringBuilder builder, int codePoint) =>
        builder.Append("&#x").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append(';');
}
