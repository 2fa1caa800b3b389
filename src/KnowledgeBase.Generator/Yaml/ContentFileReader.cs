using System;
using System.Threading;
using KnowledgeBase.Generator.Diagnostics;
using KnowledgeBase.Generator.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>The per-file parse step: which collection folder and id a file names, and its YAML tree.</summary>
internal static class ContentFileReader
{
    public static bool IsContentFile(AdditionalText text) =>
        text.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static ParsedFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var path = text.Path;
        var fileName = System.IO.Path.GetFileName(path);
        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        try
        {
            var content = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
            var (root, diagnostics) = YamlReader.Read(path, content, cancellationToken);
            return new ParsedFile(path, folder, fileName, id, root, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var unreadable = DiagnosticInfo.Create(Descriptors.MalformedYaml, LocationInfo.StartOfFile(path), "the file could not be read: " + exception.Message);
            return new ParsedFile(path, folder, fileName, id, null, new[] { unreadable }.ToEquatableArray());
        }
    }
}
