using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeBase.Authoring;

namespace KnowledgeBase.Cli.Check;

/// <summary>
/// What <c>kb check</c> runs over and what it reports: the whole content folder always goes to the generator
/// (references and cross-entry rules need every entry), and only diagnostics in the paths asked for are shown.
/// </summary>
/// <param name="ContentRoot">The content folder: one folder per collection.</param>
/// <param name="RepositoryRoot">The folder GitHub and SARIF paths are relative to: the clone holding the content.</param>
/// <param name="Filters">Full paths of the files and folders to report on; empty for everything.</param>
internal sealed record CheckScope(string ContentRoot, string RepositoryRoot, IReadOnlyList<string> Filters)
{
    /// <summary>
    /// The scope of <paramref name="paths"/> (relative to <paramref name="currentDirectory"/>): the content folder that
    /// holds them, found as every kb command finds it; with no paths, the content folder of the current directory.
    /// </summary>
    /// <exception cref="CommandException">A path does not exist, is in no content folder, or the paths are in several.</exception>
    public static CheckScope For(IReadOnlyList<string> paths, string currentDirectory)
    {
        if (paths.Count == 0)
        {
            var root = Authoring.ContentRoot.Find(currentDirectory)
                ?? throw CommandException.Usage("No content folder in the current folder or above it; run kb from inside the clone or pass a path.");
            return new CheckScope(root, RepositoryRootOf(root), []);
        }

        var filters = new List<string>();
        string? contentRoot = null;
        foreach (var path in paths)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, currentDirectory));
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw CommandException.Usage($"No such file or folder: {path}");
            }

            // A path in the content folder, or one that holds it (`kb check .` at the clone's root).
            var root = Authoring.ContentRoot.Find(full) is { } found && (IsWithin(full, found) || IsWithin(found, full))
                ? found
                : throw CommandException.Usage($"{path} is not in a content folder (a folder named content, or one beside it).");
            if (contentRoot is not null && !string.Equals(contentRoot, root, StringComparison.Ordinal))
            {
                throw CommandException.Usage($"The paths are in two content folders, {contentRoot} and {root}; check one at a time.");
            }

            contentRoot = root;
            filters.Add(full);
        }

        return new CheckScope(contentRoot!, RepositoryRootOf(contentRoot!), filters);
    }

    /// <summary>Whether a diagnostic in <paramref name="file"/> (a full path; null when it has none) is reported.</summary>
    public bool Reports(string? file) =>
        Filters.Count == 0 || (file is not null && Filters.Any(filter => IsWithin(file, filter)));

    /// <summary>The nearest folder above the content folder that is a git clone (a .git folder or file); else its parent.</summary>
    private static string RepositoryRootOf(string contentRoot)
    {
        for (var directory = Directory.GetParent(contentRoot); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return Directory.GetParent(contentRoot)?.FullName ?? contentRoot;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folderOrFile"/> or lies below it.</summary>
    private static bool IsWithin(string path, string folderOrFile) =>
        string.Equals(path, folderOrFile, StringComparison.Ordinal)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(folderOrFile) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
