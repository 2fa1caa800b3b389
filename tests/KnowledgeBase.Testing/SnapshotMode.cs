using System;

namespace KnowledgeBase.Testing;

/// <summary>Whether a run compares snapshots or writes them.</summary>
public enum SnapshotMode
{
    /// <summary>Compare with the verified files; a difference or a missing file fails and writes a received file.</summary>
    Compare,

    /// <summary>Write the produced text as the verified files (and remove stale ones): the accept command.</summary>
    Accept,
}

/// <summary>Reads the mode from the environment: <c>KB_ACCEPT_SNAPSHOTS</c> accepts, except under <c>CI=true</c>.</summary>
public static class SnapshotEnvironment
{
    /// <summary>The environment variable that makes <c>dotnet test</c> write verified files.</summary>
    public const string AcceptVariable = "KB_ACCEPT_SNAPSHOTS";

    /// <summary>The command that accepts every snapshot, quoted in failure messages and the README.</summary>
    public const string AcceptCommand = "KB_ACCEPT_SNAPSHOTS=1 dotnet test KnowledgeBase.sln";

    /// <summary>True when running under CI (<c>CI=true</c> or <c>CI=1</c>), where nothing is ever accepted.</summary>
    public static bool IsCi => IsSet(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The mode of this process.</summary>
    public static SnapshotMode Mode => Resolve(Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable(AcceptVariable));

    /// <summary>
    /// The mode for the given variable values. CI always compares, so a snapshot is never created or changed
    /// there, whatever else is set: what CI checks is only what a reviewer saw in the pull request.
    /// </summary>
    /// <param name="ci">The value of <c>CI</c>.</param>
    /// <param name="accept">The value of <c>KB_ACCEPT_SNAPSHOTS</c>.</param>
    /// <returns><see cref="SnapshotMode.Accept"/> only when accepting was asked for outside CI.</returns>
    public static SnapshotMode Resolve(string? ci, string? accept) =>
        !IsSet(ci) && IsSet(accept) ? SnapshotMode.Accept : SnapshotMode.Compare;

    private static bool IsSet(string? value) =>
        string.Equals(value, "1", StringComparison.Ordinal) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
