using System.Globalization;
using System.Text;
using CsCheck;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// CsCheck generators for content: strings weighted towards what breaks emitters (quotes, backslashes, every
/// line terminator, bidi and other invisible characters, lone surrogates, pairs beyond the BMP, comment and
/// preprocessor openers), and the YAML that spells such a string exactly.
/// </summary>
internal static class ContentGen
{
    private static readonly string[] Tricky =
    [
        "\"", "\\", "'", "\0", "\a", "\b", "\f", "\v", "\t", "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u001B",
        "\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u061C", "\u200B", "\u00AD", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD",
        "\"\"\"", "*/", "/*", "//", "#if DEBUG", "#error", "{", "}", "{0}", "$\"", "@\"", "<", ">", "&", "&amp;", "]]>", "<!--",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\U0001F600", "\U000E0041", "\U0010FFFF", "\u0130", "\u0131", "\u00DF", " ", "  ",
    ];

    /// <summary>One piece of text: plain letters, a tricky sequence, any UTF-16 unit, or any code point beyond the BMP.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.Char['a', 'z'].Select(character => character.ToString())),
        (3, Gen.OneOf(Tricky)),
        (2, Gen.Char.Select(character => character.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    /// <summary>Any string, lone surrogates included.</summary>
    public static readonly Gen<string> AnyString = Piece.Array[0, 24].Select(string.Concat);

    /// <summary>A string YAML can hold: a lone surrogate has no YAML spelling, so it becomes U+FFFD.</summary>
    public static readonly Gen<string> YamlString = AnyString.Select(WithoutLoneSurrogates);

    public static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A YAML double-quoted scalar whose value is exactly <paramref name="text"/>: printable characters stand
    /// as they are (pairs beyond the BMP too), everything else is a YAML escape, so the file itself holds
    /// nothing the scanner refuses or warns about.
    /// </summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"", text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (character == '"' || character == '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (character is >= ' ' and <= '~' || (character >= '\u00A0' && !NeedsEscape(character)))
            {
                builder.Append(character);
            }
            else
            {
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char character) =>
        char.IsSurrogate(character) || character is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFD' or '\uFFFE' or '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.Format or UnicodeCategory.Control;
}
