using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// A content file parsed: where the file is, what entry it names, and its YAML tree or the diagnostics that
/// stopped parsing. The bind step makes and binds it in one go, so no tree is kept between runs.
/// </summary>
internal sealed record ParsedFile(
    string Path,
    string Folder,
    string FileName,
    string Id,
    YamlNode? Root,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Warnings about the file's text (bidirectional controls) that do not stop it from binding.</summary>
    public EquatableArray<DiagnosticInfo> Warnings { get; init; } = EquatableArray<DiagnosticInfo>.Empty;

    public LocationInfo FileStart => LocationInfo.StartOfFile(Path);

    /// <summary>The file's path below the content root, the same on every machine (for generated docs).</summary>
    public string RelativePath => Folder + "/" + FileName;
}
