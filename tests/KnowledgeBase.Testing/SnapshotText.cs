using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Testing;

/// <summary>
/// Turns text into the exact form a snapshot file holds: <c>\n</c> line ends, one final newline, and nothing
/// that differs between machines (the checkout's absolute path, the temp folder, assembly versions).
/// </summary>
public static partial class SnapshotText
{
    /// <summary>Normalises line ends and scrubs machine-specific text.</summary>
    /// <param name="text">The text a test produced.</param>
    /// <param name="solutionDirectory">The checkout's root, replaced by <c>{SolutionDirectory}</c>; null to skip.</param>
    /// <returns>The text as it is compared with, and written to, a snapshot file.</returns>
    public static string Normalise(string text, string? solutionDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = NormaliseLineEnds(text);
        foreach (var (path, placeholder) in MachinePaths(solutionDirectory))
        {
            result = result.Replace(path, placeholder, StringComparison.Ordinal);
        }

        result = AssemblyVersion().Replace(result, "Version={Version}");
        return result.Length == 0 || result.EndsWith('\n') ? result : result + "\n";
    }

    /// <summary>Replaces <c>\r\n</c> and lone <c>\r</c> by <c>\n</c>, so a checkout's line ends never matter.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with <c>\n</c> line ends only.</returns>
    public static string NormaliseLineEnds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    // Longest first, so the checkout (often under the temp folder in CI) is named before the temp folder.
    private static List<(string Path, string Placeholder)> MachinePaths(string? solutionDirectory)
    {
        var paths = new List<(string Path, string Placeholder)>();
        if (!string.IsNullOrEmpty(solutionDirectory))
        {
            paths.Add((Path.TrimEndingDirectorySeparator(solutionDirectory), "{SolutionDirectory}"));
        }

        paths.Add((Path.TrimEndingDirectorySeparator(Path.GetTempPath()), "{TempPath}"));
        paths.Sort((left, right) => right.Item1.Length.CompareTo(left.Item1.Length));
        return paths;
    }

    [GeneratedRegex(@"Version=\d+(\.\d+){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex AssemblyVersion();
}
