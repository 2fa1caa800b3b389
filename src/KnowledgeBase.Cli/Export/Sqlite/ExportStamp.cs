using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// What the metadata table says about a database: the tool and its version, when it was built, from which commit,
/// and the content's licence. Taken from the caller where it can be (<c>--built-at</c>), else from git, so two
/// exports of one commit can be byte for byte the same.
/// </summary>
/// <param name="ToolVersion">kb's informational version.</param>
/// <param name="BuiltAt">When the database was built, UTC ISO 8601.</param>
/// <param name="BuiltAtFrom">Where that time came from: <c>option</c>, <c>commit</c> or <c>clock</c>.</param>
/// <param name="Commit">The commit the working directory is at, or <c>unknown</c>.</param>
/// <param name="Licence">The content's licence, or <c>not stated</c>.</param>
internal sealed record ExportStamp(string ToolVersion, string BuiltAt, string BuiltAtFrom, string Commit, string Licence)
{
    /// <summary>The key a content assembly can declare its licence under: <c>[assembly: AssemblyMetadata("ContentLicence", "CC-BY-4.0")]</c>.</summary>
    public const string LicenceKey = "ContentLicence";

    /// <summary>Bumped when the tables change shape in a way queries notice.</summary>
    public const string LayoutVersion = "1";

    public static ExportStamp Gather(DateTimeOffset? builtAt, Assembly content, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(content);
        var version = typeof(ExportStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var licence = content.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == LicenceKey)?.Value ?? "not stated";
        var (commit, committedAt) = Git(workingDirectory);
        var (time, from) = builtAt is { } given ? (given, "option")
            : committedAt is { } commitTime ? (commitTime, "commit")
            : (DateTimeOffset.UtcNow, "clock");
        return new(version, Iso(time), from, commit ?? "unknown", licence);
    }

    public static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public IEnumerable<KeyValuePair<string, string>> Rows() =>
    [
        new("tool", "kb"),
        new("tool_version", ToolVersion),
        new("built_at", BuiltAt),
        new("built_at_from", BuiltAtFrom),
        new("commit", Commit),
        new("content_licence", Licence),
        new("layout_version", LayoutVersion),
    ];

    /// <summary>HEAD's hash and commit time, or nulls when there is no git or no repository.</summary>
    private static (string? Commit, DateTimeOffset? Time) Git(string workingDirectory)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["log", "-1", "--format=%H%n%cI", "HEAD"])
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return (null, null);
            }

            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (git.ExitCode != 0 || lines.Length < 2)
            {
                return (null, null);
            }

            return (lines[0], DateTimeOffset.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null);
        }
        catch (Win32Exception)
        {
            return (null, null);
        }
        catch (IOException)
        {
            return (null, null);
        }
    }
}
