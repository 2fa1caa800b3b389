using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// One file of the adversarial corpus (<c>Corpus/</c>, listed in <c>Corpus/manifest.txt</c>): where it sits
/// below the content root, what the generator must make of it, and why it is there.
/// </summary>
internal sealed record CorpusCase(string Path, string Expectation, IReadOnlyList<string> Companions, string Why)
{
    /// <summary>The corpus folder beside this source file; read in place, so nothing is copied at build time.</summary>
    public static string Folder { get; } = System.IO.Path.Combine(SourceFolder(), "Corpus");

    /// <summary>The file's bytes exactly as committed.</summary>
    public byte[] Bytes() => File.ReadAllBytes(System.IO.Path.Combine(Folder, Path));

    public bool ExpectsOk => Expectation == "ok";

    public bool ExpectsWarningOnly => Expectation.StartsWith("warn ", StringComparison.Ordinal);

    /// <summary>Each required id; an entry <c>A|B</c> is satisfied by either, <c>error</c> by any error.</summary>
    public IEnumerable<string[]> RequiredIds =>
        (ExpectsWarningOnly ? Expectation["warn ".Length..] : Expectation)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token != "ok")
            .Select(token => token.Split('|'));

    public static IReadOnlyList<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var line in File.ReadAllLines(System.IO.Path.Combine(Folder, "manifest.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split(" | ");
            if (columns.Length != 3)
            {
                throw new InvalidDataException("A manifest line needs 'path | expectation | why': " + line);
            }

            var tokens = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cases.Add(new CorpusCase(
                columns[0],
                string.Join(' ', tokens.Where(token => !token.StartsWith('+'))),
                [.. tokens.Where(token => token.StartsWith('+')).Select(token => token[1..])],
                columns[2]));
        }

        return cases;
    }

    /// <summary>Every file under the corpus folder except the manifest and git's attributes, relative and with '/'.</summary>
    public static IEnumerable<string> FilesOnDisk() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(Folder, file).Replace('\\', '/'))
            .Where(file => file is not ("manifest.txt" or ".gitattributes"));

    public override string ToString() => Path;

    private static string SourceFolder([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;
}
