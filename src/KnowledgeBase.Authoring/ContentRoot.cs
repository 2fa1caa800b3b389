using System.IO;

namespace KnowledgeBase.Authoring;

/// <summary>Finds the content folder for commands run from anywhere inside a clone.</summary>
public static class ContentRoot
{
    /// <summary>
    /// The content folder for <paramref name="start"/>: <paramref name="start"/> itself or its nearest parent
    /// when one is named <c>content</c>, otherwise the nearest <c>content</c> folder beside it or beside a parent.
    /// </summary>
    /// <param name="start">Where to start, usually the current directory.</param>
    /// <returns>The content folder's full path, or null when there is none.</returns>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (directory.Name == "content" && directory.Exists)
            {
                return directory.FullName;
            }

            var candidate = Path.Combine(directory.FullName, "content");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
