using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Shared;

/// <summary>
/// How content spells an enum member. The canonical spelling is kebab-case (<c>WorkingPaper</c> is
/// <c>working-paper</c>): completion offers it, messages and <c>kb</c> print it. Binding also accepts every text that
/// equals the member name once ASCII case, hyphens and underscores are ignored (<c>workingPaper</c>,
/// <c>WorkingPaper</c>, <c>WORKING_PAPER</c>), and the JSON Schemas accept exactly the same set through
/// <see cref="Pattern"/>. Linked as source into the generator, the library and the authoring library.
/// </summary>
internal static class EnumSpelling
{
    /// <summary>
    /// <c>AiModel</c> becomes <c>ai-model</c>: a hyphen before every ASCII capital but the first, and ASCII
    /// lower-cased. Only A-Z change, the letters <see cref="Fold"/> folds, so the canonical spelling always binds
    /// back to its member; every capital is marked, so <c>GPT4</c> is <c>g-p-t4</c> and no two members that
    /// differ in more than case share a spelling.
    /// </summary>
    public static string ToKebabCase(string memberName)
    {
        var builder = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var character = memberName[i];
            if (character is >= 'A' and <= 'Z')
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append((char)(character + ('a' - 'A')));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The form two spellings are compared in: ASCII upper case, hyphens and underscores dropped, so
    /// <c>ai-model</c> and <c>AiModel</c> are both <c>AIMODEL</c>. Only a-z fold: Unicode case mapping would let
    /// look-alikes such as the dotless <c>ı</c> or the long <c>ſ</c> stand for <c>I</c> and <c>S</c>, and what a
    /// culture folds must never decide what content means.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (IsDropped(character))
            {
                continue;
            }

            builder.Append(Upper(character));
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is a spelling of the member <paramref name="memberName"/>.</summary>
    /// <remarks>The two folds are compared as they are read, without making either: content binds an enum value per field.</remarks>
    public static bool Names(string text, string memberName)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < text.Length && IsDropped(text[i]))
            {
                i++;
            }

            while (j < memberName.Length && IsDropped(memberName[j]))
            {
                j++;
            }

            if (i == text.Length || j == memberName.Length)
            {
                return i == text.Length && j == memberName.Length;
            }

            if (Upper(text[i]) != Upper(memberName[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>What <see cref="Fold"/> drops (and <see cref="Pattern"/> allows anywhere): hyphens and underscores.</summary>
    private static bool IsDropped(char character) => character is '-' or '_';

    /// <summary>What <see cref="Fold"/> makes of a character: a-z in upper case, anything else as it is.</summary>
    private static char Upper(char character) => character is >= 'a' and <= 'z' ? (char)(character - ('a' - 'A')) : character;

    /// <summary>
    /// An ECMAScript pattern (JSON Schema's dialect) that matches exactly the texts <see cref="Names"/> accepts for
    /// one of <paramref name="memberNames"/>: each folded character, ASCII letters in either case, with any hyphens
    /// and underscores before, between and after them.
    /// </summary>
    public static string Pattern(IEnumerable<string> memberNames)
    {
        const string Separators = "[-_]*";
        var pattern = new StringBuilder("^(?:");
        var first = true;
        foreach (var member in memberNames)
        {
            if (!first)
            {
                pattern.Append('|');
            }

            first = false;
            pattern.Append(Separators);
            foreach (var character in Fold(member))
            {
                if (character is >= 'A' and <= 'Z')
                {
                    pattern.Append('[').Append(character).Append((char)(character + ('a' - 'A'))).Append(']');
                }
                else if (character is >= '0' and <= '9')
                {
                    pattern.Append(character);
                }
                else
                {
                    // Any other identifier character, escaped the way both regex dialects read it.
                    pattern.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                }

                pattern.Append(Separators);
            }
        }

        return pattern.Append(")$").ToString();
    }
}
