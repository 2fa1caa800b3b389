using System;
using System.IO;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// Writes a file under a temporary name in its own folder and renames it into place only once it is complete, so a
/// failed write leaves whatever was there before (the rename replaces the old file in one step on the same volume).
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no folder.");
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            write(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    private static void Delete(string temporary)
    {
        // SQLite's rollback journal sits beside the file while a transaction is open.
        foreach (var file in new[] { temporary, temporary + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left behind under a dot-name; the original error matters more.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
