using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Checks a content file's characters before YAML sees them: the file must be UTF-8, hold only characters
/// YAML allows (YamlDotNet would otherwise stop silently at a NUL, or pass lone surrogates on), and any
/// bidirectional control character is pointed out, because it can make text read differently than it runs.
/// </summary>
internal static class ContentScanner
{
    private const int Utf8CodePage = 65001;

    /// <summary>
    /// The file's characters in one pass: the reason <paramref name="text"/> cannot be read as YAML at all (and then
    /// nothing else), or a warning for each bidirectional control character, at its line and column (the first few).
    /// </summary>
    public static (DiagnosticInfo? Refusal, EquatableArray<DiagnosticInfo> Warnings) Scan(string path, SourceText text, string content)
    {
        // The compiler reads UTF-8 strictly and falls back to the machine's ANSI code page, which turns
        // invalid bytes into plausible-looking wrong text; a UTF-16 file it decodes by its byte order mark.
        // Pure ASCII means the same in every single-byte encoding, so a host that calls it ASCII is believed.
        if (text.Encoding is { CodePage: not Utf8CodePage } encoding)
        {
            var firstNonAscii = IndexOfNonAscii(content);
            if (IsWide(encoding) || firstNonAscii >= 0)
            {
                return (DiagnosticInfo.Create(
                    Descriptors.NotUtf8,
                    IsWide(encoding) ? LocationInfo.StartOfFile(path) : At(path, text, firstNonAscii),
                    $"it was read as {encoding.WebName}"), EquatableArray<DiagnosticInfo>.Empty);
            }
        }

        List<DiagnosticInfo>? warnings = null;
        for (var i = 0; i < content.Length; i++)
        {
            var character = content[i];
            if (character is >= ' ' and <= '~' or '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(character) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                i++;
                continue;
            }

            if (character == '\uFFFD')
            {
                // Decoders put U+FFFD where bytes were not valid UTF-8.
                return (DiagnosticInfo.Create(
                    Descriptors.NotUtf8,
                    At(path, text, i),
                    "it holds U+FFFD, the character a decoder puts where bytes are not valid UTF-8"), EquatableArray<DiagnosticInfo>.Empty);
            }

            if (!IsAllowed(character))
            {
                return (DiagnosticInfo.Create(Descriptors.ForbiddenCharacter, At(path, text, i), CodePoint(character)), EquatableArray<DiagnosticInfo>.Empty);
            }

            // Every bidirectional control is at U+061C or above: most text is below it.
            if (character >= '\u061C' && (warnings is null || warnings.Count < ContentLimits.MaxBidiWarningsPerFile) && BidiControlName(character) is { } name)
            {
                (warnings ??= []).Add(DiagnosticInfo.Create(Descriptors.BidiControl, At(path, text, i), CodePoint(character) + " " + name));
            }
        }

        return (null, warnings is null ? EquatableArray<DiagnosticInfo>.Empty : warnings.ToEquatableArray());
    }

    private static bool IsWide(System.Text.Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static int IndexOfNonAscii(string content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] > '\u007F')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>YAML's printable set: tab, line breaks, and everything from space up except C0/C1 controls, DEL, surrogates, U+FFFE and U+FFFF.</summary>
    private static bool IsAllowed(char character) =>
        character is '\t' or '\n' or '\r' or '\u0085'
        || character is >= ' ' and <= '~'
        || (character is >= '\u00A0' and <= '\uFFFD' && !char.IsSurrogate(character));

    /// <summary>The Unicode bidirectional formatting characters (UAX #9) and marks.</summary>
    public static string? BidiControlName(char character) => character switch
    {
        '\u061C' => "ARABIC LETTER MARK",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        _ => null,
    };

    private static string CodePoint(char character) => "U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture);

    private static LocationInfo At(string path, SourceText text, int index)
    {
        var position = text.Lines.GetLinePosition(index);
        return new LocationInfo(path, index, 1, position.Line, position.Character, position.Line, position.Character + 1);
    }
}
