using System;
using System.IO;
using System.Linq;
using Xunit;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>
/// Whether node and the pinned yaml-language-server are here. Locally a missing one skips the editor tests with the
/// reason; under <c>CI=true</c> they run anyway and fail with it, since CI installs both (<c>.ci/run</c>).
/// </summary>
internal static class ServerAvailability
{
    public const string InstallCommand = "npm ci --prefix tests/editor";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The node executable on PATH, or null.</summary>
    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why the server cannot be started, or null when it can.</summary>
    public static string? MissingReason { get; } =
        Node is null ? "node is not on PATH (the editor tests run Red Hat's yaml-language-server, an npm package)"
        : !File.Exists(Repo.ServerScript) ? $"yaml-language-server is not installed: run `{InstallCommand}` from the repository root"
        : null;
}

/// <summary>A fact that needs the language server: skipped with the reason when it is missing, except under CI.</summary>
public sealed class EditorFactAttribute : FactAttribute
{
    public EditorFactAttribute()
    {
        if (!ServerAvailability.IsCi && ServerAvailability.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs the language server: skipped with the reason when it is missing, except under CI.</summary>
public sealed class EditorTheoryAttribute : TheoryAttribute
{
    public EditorTheoryAttribute()
    {
        if (!ServerAvailability.IsCi && ServerAvailability.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
