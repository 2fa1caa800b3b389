using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Cli.Check;

/// <summary>
/// A content file on disk, decoded the way the compiler decodes an additional file: by its byte order mark, else
/// strictly as UTF-8, else with the machine's ANSI code page (U+FFFD for bad bytes where there is none, as on
/// Linux). The generator's encoding checks then see exactly the text a build would hand them. A test compares
/// it with the compiler's own decoder over the adversarial corpus.
/// </summary>
internal sealed class CompilerDecodedText(string path) : AdditionalText
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> s_fallback = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(0);
    });

    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <summary>The text, or null when the compiler could not read the file (the generator reports that at the file, as in a build).</summary>
    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return Decode(File.ReadAllBytes(Path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> as the compiler does; null where the compiler gives up: bytes that are not
    /// UTF-8 and hold two NULs in a row read as a binary file (the build reports CS2015 as well).
    /// </summary>
    public static SourceText? Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes, writable: false), s_strictUtf8);
        }
        catch (DecoderFallbackException)
        {
            // The compiler's fallback read, which alone looks for binary content.
        }

        try
        {
            return SourceText.From(new MemoryStream(bytes, writable: false), s_fallback.Value, throwIfBinaryDetected: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
