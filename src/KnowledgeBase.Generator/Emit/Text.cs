using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Emit;

/// <summary>Turns content text into C# string literals and XML doc text that cannot change the code around them.</summary>
internal static class Text
{
    /// <summary>
    /// A C# literal that compiles to exactly <paramref name="value"/>. Roslyn formats it; any character that
    /// could still hide or reorder code on screen (bidi controls, separators, lone surrogates) is escaped too.
    /// </summary>
    public static string Literal(string value)
    {
        var formatted = SymbolDisplay.FormatLiteral(value, quote: true);
        StringBuilder? builder = null;
        for (var i = 0; i < formatted.Length; i++)
        {
            var character = formatted[i];
            if (NeedsEscape(formatted, i))
            {
                builder ??= new StringBuilder(formatted, 0, i, formatted.Length + 16);
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(character);
            }
        }

        return builder?.ToString() ?? formatted;
    }

    /// <summary>Text for an XML doc comment: one line, markup escaped, invisible and control characters shown as references.</summary>
    public static string XmlDoc(string value, int maxLength = 400)
    {
        var builder = new StringBuilder(value.Length + 16);
        var lastWasSpace = false;
        foreach (var character in value)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append("...");
                break;
            }

            var category = char.GetUnicodeCategory(character);
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
            switch (character)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (category is UnicodeCategory.Control or UnicodeCategory.Surrogate)
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        builder.Append("&#x").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
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

    private static bool NeedsEscape(string text, int index)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(character))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        var category = char.GetUnicodeCategory(character);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control;
    }
}
