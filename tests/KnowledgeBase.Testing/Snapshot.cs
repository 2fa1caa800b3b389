using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace KnowledgeBase.Testing;

/// <summary>
/// The snapshot assertion tests call. Files are named as Verify names them,
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.&lt;ext&gt;</c> beside the test's source file, where the test class
/// name is the source file's name (one test class per file). The mode comes from the environment:
/// <c>KB_ACCEPT_SNAPSHOTS=1</c> accepts, and under <c>CI=true</c> nothing is ever accepted or created.
/// </summary>
public static class Snapshot
{
    /// <summary>Verifies <paramref name="text"/> against <c>&lt;TestClass&gt;.&lt;TestMethod&gt;[_&lt;parameters&gt;].verified.&lt;extension&gt;</c>.</summary>
    /// <param name="text">The produced text.</param>
    /// <param name="extension"><c>md</c>, <c>txt</c>, <c>cs</c> or <c>json</c>.</param>
    /// <param name="parameters">For a theory, text naming the case (Verify's <c>UseTextForParameters</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testMethod">Filled in by the compiler.</param>
    /// <exception cref="SnapshotMismatchException">The text differs from the verified file, or there is none.</exception>
    public static void Verify(
        string text,
        string extension = "txt",
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var (verifier, baseName) = For(sourceFile, testMethod, parameters);
        verifier.Verify(baseName, text, extension);
    }

    /// <summary>Verifies several files, <c>&lt;TestClass&gt;.&lt;TestMethod&gt;#&lt;target&gt;.verified.&lt;ext&gt;</c>; stale ones fail.</summary>
    /// <param name="targets">The produced files.</param>
    /// <param name="parameters">For a theory, text naming the case.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testMethod">Filled in by the compiler.</param>
    /// <exception cref="SnapshotMismatchException">A file differs, is missing, or is no longer produced.</exception>
    public static void Verify(
        IEnumerable<SnapshotTarget> targets,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var (verifier, baseName) = For(sourceFile, testMethod, parameters);
        verifier.Verify(baseName, targets);
    }

    /// <summary>The checkout's root: the nearest folder above <paramref name="start"/> with a <c>.sln</c> or <c>.git</c>.</summary>
    /// <param name="start">A folder inside the checkout.</param>
    /// <returns>The root, or null when there is none.</returns>
    public static string? FindSolutionDirectory(string start)
    {
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            if (current.Exists && (current.EnumerateFiles("*.sln").Any() || Path.Exists(Path.Combine(current.FullName, ".git"))))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private static (SnapshotVerifier Verifier, string BaseName) For(string sourceFile, string testMethod, string? parameters)
    {
        if (!Path.IsPathFullyQualified(sourceFile))
        {
            throw new ArgumentException("The test's source path is not a full path (" + sourceFile + "); snapshots need it to find their folder.", nameof(sourceFile));
        }

        var directory = Path.GetDirectoryName(sourceFile)!;
        var testClass = Path.GetFileNameWithoutExtension(sourceFile);
        var baseName = testClass + "." + testMethod + (string.IsNullOrEmpty(parameters) ? string.Empty : "_" + parameters);
        return (new SnapshotVerifier(directory, SnapshotEnvironment.Mode, FindSolutionDirectory(directory)), baseName);
    }
}
