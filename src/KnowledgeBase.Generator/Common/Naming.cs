using System;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Common;

/// <summary>How entry ids and enum values map to C# names.</summary>
internal static class Naming
{
    /// <summary>Ids have at most this many characters, so a member name stays readable.</summary>
    public const int MaxIdLength = 120;

    private static readonly Regex KebabCase = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsValidId(string id) => id.Length is > 0 and <= MaxIdLength && KebabCase.IsMatch(id);

    /// <summary>A suggestion for a bad id: lower case, words joined by single hyphens.</summary>
    public static string SuggestId(string id)
    {
        var builder = new StringBuilder();
        foreach (var character in id)
        {
            if (character is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(character);
            }
            else if (character is >= 'A' and <= 'Z')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }

                builder.Append((char)(character + ('a' - 'A')));
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var suggestion = builder.ToString().Trim('-');
        if (suggestion.Length > MaxIdLength)
        {
            suggestion = suggestion.Substring(0, MaxIdLength).Trim('-');
        }

        return suggestion.Length == 0 ? "my-entry" : suggestion;
    }

    /// <summary><c>deepseek-r1-release</c> becomes <c>DeepseekR1Release</c>; a leading digit gets an underscore.</summary>
    public static string ToIdentifier(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        var upper = true;
        foreach (var character in id)
        {
            if (character == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(character) : character);
            upper = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;
    }

    /// <summary>
    /// Enum values match member names ignoring ASCII case, hyphens and underscores: <c>ai-model</c> is <c>AiModel</c>.
    /// Only a-z fold: Unicode case mapping would let look-alikes such as the dotless <c>ı</c> or the long <c>ſ</c>
    /// stand for <c>I</c> and <c>S</c>, and what a culture folds must never decide what content means.
    /// </summary>
    public static string NormalizeEnumName(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (character is '-' or '_')
            {
                continue;
            }

            builder.Append(character is >= 'a' and <= 'z' ? (char)(character - ('a' - 'A')) : character);
        }

        return builder.ToString();
    }

    /// <summary><c>AiModel</c> becomes <c>ai-model</c>: how the docs and messages spell enum values.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(character));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
