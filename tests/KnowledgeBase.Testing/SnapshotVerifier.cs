using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace KnowledgeBase.Testing;

/// <summary>
/// Compares produced text with <c>*.verified.*</c> files in one folder, Verify's way: a difference or a missing
/// file writes <c>*.received.*</c> and fails with a unified diff; accepting writes the verified files instead.
/// </summary>
/// <param name="directory">The folder holding the snapshot files (the test source's folder).</param>
/// <param name="mode">Compare or accept.</param>
/// <param name="solutionDirectory">The checkout's root: scrubbed from the text and used to shorten paths in messages.</param>
public sealed class SnapshotVerifier(string directory, SnapshotMode mode, string? solutionDirectory)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Verifies one file named <c>&lt;baseName&gt;.verified.&lt;extension&gt;</c>.</summary>
    /// <param name="baseName">For example <c>SnapshotTests.Renders_every_entry</c>.</param>
    /// <param name="text">The produced text.</param>
    /// <param name="extension">The extension without a dot.</param>
    public void Verify(string baseName, string text, string extension) =>
        Check(baseName, [new Planned(baseName, text, extension)], stalePattern: null);

    /// <summary>
    /// Verifies several files named <c>&lt;baseName&gt;#&lt;target&gt;.verified.&lt;extension&gt;</c>. A verified file of
    /// this base name that no target produces any more fails too, so a file that stops being generated shows up.
    /// </summary>
    /// <param name="baseName">For example <c>GeneratorSnapshotTests.References</c>.</param>
    /// <param name="targets">The produced files.</param>
    public void Verify(string baseName, IEnumerable<SnapshotTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var planned = targets.Select(target => new Planned(baseName + "#" + target.Name, target.Text, target.Extension)).ToList();
        if (planned.Count == 0)
        {
            throw new ArgumentException("A snapshot needs at least one target.", nameof(targets));
        }

        var duplicate = planned.GroupBy(file => file.FileName("verified"), StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException("Two targets map to the snapshot file " + duplicate.Key + ".", nameof(targets));
        }

        Check(baseName, planned, stalePattern: baseName + "#*.verified.*");
    }

    private void Check(string baseName, IReadOnlyList<Planned> planned, string? stalePattern)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                "The snapshot folder " + directory + " does not exist; is the test built from a checkout with mapped source paths?");
        }

        var failures = new List<string>();
        foreach (var file in planned)
        {
            var failure = CheckOne(file);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        if (stalePattern is not null)
        {
            var expected = planned.Select(file => file.FileName("verified")).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.EnumerateFiles(directory, stalePattern).Where(path => !expected.Contains(Path.GetFileName(path))).Order(StringComparer.Ordinal))
            {
                if (mode == SnapshotMode.Accept)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.Add("Stale snapshot: " + Display(stale) + " is no longer produced by this test. Delete it, or accept.\n");
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new SnapshotMismatchException(
                baseName + ": " + failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " snapshot file(s) differ.\n\n"
                + string.Join("\n", failures)
                + "\nIf the change is intended, accept it: " + SnapshotEnvironment.AcceptCommand
                + " (or review the *.received.* files and run tests/accept-snapshots.sh)."
                + (SnapshotEnvironment.IsCi ? " CI never accepts or creates snapshots." : string.Empty));
        }
    }

    // Returns a failure description, or null when the file matches (or was accepted).
    private string? CheckOne(Planned file)
    {
        var text = SnapshotText.Normalise(file.Text, solutionDirectory);
        var verifiedPath = Path.Combine(directory, file.FileName("verified"));
        var receivedPath = Path.Combine(directory, file.FileName("received"));
        var exists = File.Exists(verifiedPath);
        var verified = exists ? SnapshotText.NormaliseLineEnds(File.ReadAllText(verifiedPath, Utf8NoBom)) : null;

        if (string.Equals(verified, text, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return null;
        }

        if (mode == SnapshotMode.Accept)
        {
            File.WriteAllText(verifiedPath, text, Utf8NoBom);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, text, Utf8NoBom);
        var diff = SnapshotDiff.Unified(verified ?? string.Empty, text, file.FileName("verified"), file.FileName("received"));
        return exists
            ? "Changed: " + Display(verifiedPath) + "\nReceived: " + Display(receivedPath) + "\n" + diff
            : "Missing: " + Display(verifiedPath) + " does not exist (a snapshot is never created silently).\nReceived: "
                + Display(receivedPath) + "\n" + diff;
    }

    private string Display(string path) =>
        solutionDirectory is null ? path : Path.GetRelativePath(solutionDirectory, path).Replace('\\', '/');

    private sealed record Planned(string BaseName, string Text, string Extension)
    {
        public string FileName(string kind)
        {
            if (Extension.Length == 0 || !Extension.All(char.IsAsciiLetterOrDigit))
            {
                throw new ArgumentException("A snapshot extension is letters and digits without a dot, for example \"txt\"; got \"" + Extension + "\".");
            }

            return BaseName + "." + kind + "." + Extension;
        }
    }
}
