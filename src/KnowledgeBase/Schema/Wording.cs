using System.Globalization;

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
}
