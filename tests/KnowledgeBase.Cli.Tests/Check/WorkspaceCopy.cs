using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>
/// A temporary folder with a copy of the real content (so the real schema's checks have real entries to see) plus
/// files a test adds. No .git in it, so the folder itself is the repository root for GitHub and SARIF paths.
/// </summary>
public sealed class WorkspaceCopy : IDisposable
{
    /// <summary>A source, an event with a dangling reference and an unknown key, and an actor nothing refers to.</summary>
    public const string BadEvent = """
        date: 2025-01-27
        title: A test event
        summary: Made by the kb check tests.
        actors:
          - no-such-actor
        citations:
          - source: check-test-source
        colour: red

        """;

    public const string TestSource = """
        title: A test source
        publisher: The kb check tests
        kind: report
        published: 2025-01-28

        """;

    public const string LonelyActor = """
        name: A lonely actor
        kind: company

        """;

    public WorkspaceCopy()
    {
        Root = Directory.CreateTempSubdirectory("kb-check-").FullName;
        Content = Path.Combine(Root, "content");
        Copy(RealContent, Content);
    }

    /// <summary>The repository's own content folder.</summary>
    public static string RealContent { get; } = Path.Combine(RepositoryRoot(), "content");

    /// <summary>The repository this test was compiled from.</summary>
    public static string Repository { get; } = RepositoryRoot();

    public string Root { get; }

    public string Content { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> below the content folder; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Adds <see cref="BadEvent"/>, <see cref="TestSource"/> and <see cref="LonelyActor"/>.</summary>
    public WorkspaceCopy WithBadFiles()
    {
        Write("sources/check-test-source.yaml", TestSource);
        Write("events/check-test-bad-event.yaml", BadEvent);
        Write("actors/check-test-lonely.yaml", LonelyActor);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
