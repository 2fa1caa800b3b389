using System.Text;
using KnowledgeBase.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Common;

/// <summary>How entry ids map to C# names. What an id is, and how enums are spelled, is in <c>src/Shared</c>.</summary>
internal static class Naming
{
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
        if (suggestion.Length > EntryIds.MaxLength)
        {
            suggestion = suggestion.Substring(0, EntryIds.MaxLength).Trim('-');
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

        return EscapeKeyword(builder.ToString());
    }

    /// <summary>A C# name as code can write it: a keyword gets <c>@</c> (<c>@event</c>), any other name stays.</summary>
    public static string EscapeKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}
