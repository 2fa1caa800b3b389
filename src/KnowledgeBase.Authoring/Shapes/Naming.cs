using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Authoring.Shapes;

/// <summary>The generator's naming rules, as content sees them: camelCase keys, kebab-case enum values and ids.</summary>
public static partial class Naming
{
    /// <summary>The longest id the generator accepts.</summary>
    public const int MaxIdLength = 120;

    /// <summary>The pattern every entry id matches (the file name without extension).</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Whether <paramref name="id"/> is a valid entry id: lower kebab-case, at most <see cref="MaxIdLength"/> characters.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when the generator accepts it.</returns>
    public static bool IsValidId(string id) => id is { Length: > 0 and <= MaxIdLength } && IdRegex().IsMatch(id);

    /// <summary><c>SupersededBy</c> becomes <c>supersededBy</c>: how a constructor parameter is written as a YAML key.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The key.</returns>
    public static string ToKey(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>AiModel</c> becomes <c>ai-model</c>: how content spells an enum member.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The kebab-case spelling.</returns>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
