using System.Globalization;
using System.Text;

namespace KnowledgeBase;

/// <summary>
/// How values read to people, the same on every machine: the schema's own text (a reported value's line) and the
/// prose document use it. It lives beside the schema because the schema must compile on its own.
/// </summary>
internal static class Wording
{
    /// <summary>A number with thousands separators and every decimal digit it has.</summary>
    public static string Number(decimal number) => number.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>Someone's words in quotation marks.</summary>
    public static string Quoted(string text) => "“" + text + "”";

    /// <summary>An enum member as content files spell it: <c>UsDollars</c> is <c>us-dollars</c>.</summary>
    public static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        for (var index = 0; index < name.Length; index++)
        {
            if (index > 0 && char.IsUpper(name[index]))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[index]));
        }

        return kebab.ToString();
    }
}
