using System;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Shared;

/// <summary>
/// How content writes a date and a URL. Linked as source into the generator, which binds them, and into the
/// authoring library, whose JSON Schemas carry the same patterns, so an editor and the build agree.
/// </summary>
internal static class DatesAndUrls
{
    /// <summary>
    /// A real day of the calendar written <c>yyyy-MM-dd</c>, years 0001 to 9999 (what <c>DateOnly</c> holds):
    /// months 01-12, the days each month has, and 02-29 only in leap years (divisible by 4, centuries only when
    /// divisible by 400). As a pattern rather than a parse so a JSON Schema can say it too; the generator reads
    /// dates with this very pattern.
    /// </summary>
    public const string DatePattern =
        "^(?:"
        + "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29"
        + ")$";

    /// <summary>What a date looks like, real day or not: used to say "no day of the calendar" rather than "not a date".</summary>
    public const string DateLayoutPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>An absolute URL starts with a scheme (<c>https:</c>); the generator also has <see cref="Uri"/> parse the rest.</summary>
    public const string UrlPattern = "^[A-Za-z][A-Za-z0-9+.-]*:";

    private static readonly Regex Date = new(DatePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex DateLayout = new(DateLayoutPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex UrlScheme = new(UrlPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether <paramref name="text"/> is a date as <see cref="DatePattern"/> says, with its parts. The length check
    /// stands in for ECMAScript's <c>$</c>, which unlike .NET's does not also match before a final line break.
    /// </summary>
    public static bool TryReadDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || !Date.IsMatch(text))
        {
            return false;
        }

        year = Digits(text, 0, 4);
        month = Digits(text, 5, 2);
        day = Digits(text, 8, 2);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is laid out <c>yyyy-MM-dd</c>, whatever the numbers.</summary>
    public static bool LooksLikeDate(string text) => text.Length == 10 && DateLayout.IsMatch(text);

    /// <summary>An absolute URL: a scheme (<see cref="UrlPattern"/>), and a rest that <see cref="Uri"/> can parse.</summary>
    public static bool IsUrl(string text) =>
        UrlScheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri;

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
