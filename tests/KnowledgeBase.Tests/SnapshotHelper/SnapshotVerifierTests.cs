using System;
using System.IO;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Tests.SnapshotHelper;

/// <summary>The snapshot helper itself, in a throwaway folder so no real snapshot is touched.</summary>
public sealed class SnapshotVerifierTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kb-snapshot-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_match_passes_and_removes_an_old_received_file()
    {
        Write("T.M.verified.txt", "one\ntwo\n");
        Write("T.M.received.txt", "left over from a failed run\n");

        Verifier(SnapshotMode.Compare).Verify("T.M", "one\ntwo\n", "txt");

        Assert.False(File.Exists(Path.Combine(folder, "T.M.received.txt")));
    }

    [Fact]
    public void A_mismatch_fails_with_a_unified_diff_and_writes_the_received_file()
    {
        Write("T.M.verified.md", "title\ndate: 2025-01-20\nend\n");

        var failure = Assert.Throws<SnapshotMismatchException>(
            () => Verifier(SnapshotMode.Compare).Verify("T.M", "title\ndate: 2025-01-21\nend\n", "md"));

        Assert.Contains("--- T.M.verified.md\n+++ T.M.received.md\n@@ -1,3 +1,3 @@\n title\n-date: 2025-01-20\n+date: 2025-01-21\n end\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains(SnapshotEnvironment.AcceptCommand, failure.Message, StringComparison.Ordinal);
        Assert.Equal("title\ndate: 2025-01-21\nend\n", Read("T.M.received.md"));
        Assert.Equal("title\ndate: 2025-01-20\nend\n", Read("T.M.verified.md"));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_is_not_created()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Verifier(SnapshotMode.Compare).Verify("T.M", "new\n", "txt"));

        Assert.Contains("Missing: T.M.verified.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+new\n", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "T.M.verified.txt")));
        Assert.Equal("new\n", Read("T.M.received.txt"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public void CI_refuses_a_missing_file_even_when_accepting_is_asked_for(string ci)
    {
        var mode = SnapshotEnvironment.Resolve(ci, accept: "1");

        Assert.Equal(SnapshotMode.Compare, mode);
        Assert.Throws<SnapshotMismatchException>(() => Verifier(mode).Verify("T.M", "new\n", "txt"));
        Assert.False(File.Exists(Path.Combine(folder, "T.M.verified.txt")));
    }

    [Theory]
    [InlineData(null, null, SnapshotMode.Compare)]
    [InlineData(null, "0", SnapshotMode.Compare)]
    [InlineData("false", "1", SnapshotMode.Accept)]
    [InlineData(null, "true", SnapshotMode.Accept)]
    public void Accepting_is_asked_for_with_the_environment_variable_outside_CI(string? ci, string? accept, SnapshotMode expected) =>
        Assert.Equal(expected, SnapshotEnvironment.Resolve(ci, accept));

    [Fact]
    public void Accepting_writes_the_verified_file_and_removes_the_received_file()
    {
        Write("T.M.verified.txt", "old\n");
        Write("T.M.received.txt", "new\n");

        Verifier(SnapshotMode.Accept).Verify("T.M", "new", "txt");

        Assert.Equal("new\n", Read("T.M.verified.txt"));
        Assert.False(File.Exists(Path.Combine(folder, "T.M.received.txt")));
    }

    [Fact]
    public void Line_ends_do_not_matter_and_files_are_written_with_LF()
    {
        Write("T.M.verified.txt", "a\r\nb\r\n");

        Verifier(SnapshotMode.Compare).Verify("T.M", "a\rb", "txt");
        Verifier(SnapshotMode.Accept).Verify("T.N", "a\r\nb\r\n", "txt");

        Assert.Equal("a\nb\n", Read("T.N.verified.txt"));
    }

    [Fact]
    public void The_checkout_path_and_assembly_versions_are_scrubbed()
    {
        var text = SnapshotText.Normalise("at /home/dev/repo/src/a.cs in KnowledgeBase, Version=1.2.3.4", "/home/dev/repo/");

        Assert.Equal("at {SolutionDirectory}/src/a.cs in KnowledgeBase, Version={Version}\n", text);
    }

    [Fact]
    public void A_file_that_is_no_longer_produced_fails_and_accepting_deletes_it()
    {
        Write("T.M#Kept.verified.cs", "kept\n");
        Write("T.M#Gone.verified.cs", "gone\n");
        SnapshotTarget[] targets = [new("Kept", "kept\n", "cs")];

        var failure = Assert.Throws<SnapshotMismatchException>(() => Verifier(SnapshotMode.Compare).Verify("T.M", targets));
        Assert.Contains("Stale snapshot: T.M#Gone.verified.cs", failure.Message, StringComparison.Ordinal);

        Verifier(SnapshotMode.Accept).Verify("T.M", targets);
        Assert.False(File.Exists(Path.Combine(folder, "T.M#Gone.verified.cs")));
        Assert.True(File.Exists(Path.Combine(folder, "T.M#Kept.verified.cs")));
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_with_three_lines_of_context()
    {
        var verified = string.Join('\n', "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12") + "\n";
        var received = verified.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n11\n", "\neleven\n", StringComparison.Ordinal);

        var diff = SnapshotDiff.Unified(verified, received, "a", "b");

        Assert.Contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+eleven\n 12\n", diff, StringComparison.Ordinal);
    }

    private SnapshotVerifier Verifier(SnapshotMode mode) => new(folder, mode, solutionDirectory: folder);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);

    private string Read(string name) => File.ReadAllText(Path.Combine(folder, name));
}
