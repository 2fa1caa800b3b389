using System;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Shared;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Shared;

/// <summary>The date pattern the JSON Schemas carry is the calendar: it matches exactly the days that exist.</summary>
public sealed class DatesAndUrlsTests
{
    private static readonly Regex Ecmascript = new(DatesAndUrls.DatePattern, RegexOptions.ECMAScript);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(100)]
    [InlineData(400)]
    [InlineData(1900)]
    [InlineData(2000)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2100)]
    [InlineData(9996)]
    [InlineData(9999)]
    public void A_date_is_read_exactly_when_the_calendar_has_that_day(int year)
    {
        for (var month = 0; month <= 13; month++)
        {
            for (var day = 0; day <= 32; day++)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
                var exists = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

                Assert.True(exists == DatesAndUrls.TryReadDate(text, out var y, out var m, out var d), text);
                Assert.True(exists == Ecmascript.IsMatch(text), text);
                Assert.True(!exists || (y, m, d) == (year, month, day), text);
            }
        }
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0000-02-29")]
    [InlineData("2025-01-20\n")]
    [InlineData(" 2025-01-20")]
    [InlineData("2025-1-20")]
    [InlineData("\u0662\u0660\u0662\u0665-01-20")]
    [InlineData("20250120")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.False(DatesAndUrls.TryReadDate(text, out _, out _, out _));
    }

    [Theory]
    [InlineData("https://example.org/page", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("urn:isbn:0451450523", true)]
    [InlineData("example.org/page", false)]
    [InlineData("/page", false)]
    [InlineData("1http://example.org", false)]
    public void A_url_starts_with_a_scheme(string text, bool valid)
    {
        Assert.Equal(valid, DatesAndUrls.IsUrl(text));
        Assert.Equal(valid, Regex.IsMatch(text, DatesAndUrls.UrlPattern, RegexOptions.ECMAScript));
    }
}
