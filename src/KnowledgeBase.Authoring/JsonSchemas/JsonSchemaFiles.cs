using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Authoring.JsonSchemas;

/// <summary>
/// The folder of schema files (<c>content/.schemas</c>): one <c>&lt;folder&gt;.schema.json</c> per collection,
/// written by <c>kb schema</c> and compared by <c>kb schema --check</c> and the test that keeps them in sync.
/// </summary>
public static class JsonSchemaFiles
{
    /// <summary>Where the schemas live, relative to the content root.</summary>
    public const string FolderName = ".schemas";

    /// <summary>The command that rewrites the repository's schemas, for messages about stale files.</summary>
    public const string UpdateCommand = "dotnet run --project src/KnowledgeBase.Cli -- schema";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every schema file's name and text, sorted by name.</summary>
    /// <param name="schema">The assembly's metadata: its collections.</param>
    /// <param name="ids">The ids references may name (the compiled entries); by default references are checked by pattern only.</param>
    /// <returns>File name to text.</returns>
    public static IReadOnlyDictionary<string, string> Render(ContentMetadata schema, EntryIds? ids = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var collection in schema.Collections)
        {
            files[CollectionJsonSchema.FileName(collection)] = CollectionJsonSchema.Write(collection, ids);
        }

        return files;
    }

    /// <summary>Writes every schema into <paramref name="directory"/> and deletes schema files of collections that no longer exist.</summary>
    /// <param name="directory">The folder to write, created when missing.</param>
    /// <param name="files">The rendered files (<see cref="Render"/>).</param>
    /// <returns>The names of the files written or deleted, sorted; empty when everything was already up to date.</returns>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(directory);
        var changed = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path) || File.ReadAllText(path, Utf8) != text)
            {
                File.WriteAllText(path, text, Utf8);
                changed.Add(name);
            }
        }

        foreach (var stale in Existing(directory).Where(name => !files.ContainsKey(name)))
        {
            File.Delete(Path.Combine(directory, stale));
            changed.Add(stale);
        }

        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <summary>Compares <paramref name="directory"/> with the rendered files without writing anything.</summary>
    /// <param name="directory">The folder to check.</param>
    /// <param name="files">The rendered files (<see cref="Render"/>).</param>
    /// <returns>One line per file that is missing, out of date or no longer belongs; empty when in sync.</returns>
    public static IReadOnlyList<string> Check(string directory, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                problems.Add($"{name}: missing");
            }
            else if (File.ReadAllText(path, Utf8) != text)
            {
                problems.Add($"{name}: out of date with the C# schema");
            }
        }

        problems.AddRange(Existing(directory).Where(name => !files.ContainsKey(name)).Select(name => $"{name}: no collection has this folder any more"));
        return problems;
    }

    private static IEnumerable<string> Existing(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.schema.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)
            : [];
}
