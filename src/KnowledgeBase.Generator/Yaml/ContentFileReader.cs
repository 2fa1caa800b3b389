using System;
using System.Globalization;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Parses one content file (the first half of the bind step): which collection folder and id it names, and its
/// YAML tree. Whatever the file holds, the result is a tree or diagnostics located in that file; nothing but
/// cancellation escapes.
/// </summary>
internal static class ContentFileReader
{
    public static bool IsContentFile(AdditionalText text) =>
        text.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static ParsedFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var path = text.Path;
        var (folder, fileName, id) = SplitPath(path);
        ParsedFile Refused(DiagnosticInfo diagnostic) => new(path, folder, fileName, id, null, new[] { diagnostic }.ToEquatableArray());

        try
        {
            var source = text.GetText(cancellationToken);
            if (source is null)
            {
                // The compiler hands over no text when it cannot decode the file (it reports why itself).
                return Refused(DiagnosticInfo.Create(Descriptors.NotUtf8, LocationInfo.StartOfFile(path), "the compiler could not read it as text"));
            }

            if (source.Length > ContentLimits.MaxFileCharacters)
            {
                return Refused(DiagnosticInfo.Create(
                    Descriptors.ContentLimit,
                    LocationInfo.StartOfFile(path),
                    string.Format(CultureInfo.InvariantCulture, "the file has {0} characters; the limit is {1}", source.Length, ContentLimits.MaxFileCharacters)));
            }

            var content = source.ToString();
            cancellationToken.ThrowIfCancellationRequested();
            var (refusal, warnings) = ContentScanner.Scan(path, source, content);
            if (refusal is not null)
            {
                return Refused(refusal);
            }

            var (root, diagnostics) = YamlReader.Read(path, content, cancellationToken, source.Lines);
            return new ParsedFile(path, folder, fileName, id, root, diagnostics) { Warnings = warnings };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Refused(DiagnosticInfo.Create(Descriptors.MalformedYaml, LocationInfo.StartOfFile(path), "the file could not be read: " + exception.Message));
        }
    }

    /// <summary>
    /// The folder, file name and id a path names. Split by hand: <see cref="System.IO.Path"/> throws on
    /// characters some platforms forbid in paths, and no path may make this step throw.
    /// </summary>
    private static (string Folder, string FileName, string Id) SplitPath(string path)
    {
        var nameStart = LastSeparator(path, path.Length) + 1;
        var fileName = path.Substring(nameStart);
        var folderEnd = Math.Max(0, nameStart - 1);
        var folder = path.Substring(LastSeparator(path, folderEnd) + 1, folderEnd - (LastSeparator(path, folderEnd) + 1));
        var dot = fileName.LastIndexOf('.');
        return (folder, fileName, dot >= 0 ? fileName.Substring(0, dot) : fileName);
    }

    private static int LastSeparator(string path, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (path[i] == System.IO.Path.DirectorySeparatorChar || path[i] == System.IO.Path.AltDirectorySeparatorChar)
            {
                return i;
            }
        }

        return -1;
    }
}
