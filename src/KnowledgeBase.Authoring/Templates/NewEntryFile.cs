using System;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Authoring.Templates;

/// <summary>What <see cref="NewEntryFile.Create"/> did: the file it wrote, or why it wrote nothing.</summary>
/// <param name="Path">The new file, when one was written.</param>
/// <param name="Error">Why nothing was written.</param>
public sealed record NewEntryOutcome(string? Path, string? Error)
{
    /// <summary>Whether the file was written.</summary>
    public bool Succeeded => Path is not null;
}

/// <summary>
/// Writes <c>content/&lt;folder&gt;/&lt;id&gt;.yaml</c> from <see cref="EntryTemplate"/>. Refuses an unknown
/// collection, an id the generator would reject, and an existing file: it never overwrites content.
/// </summary>
public static class NewEntryFile
{
    /// <summary>Creates the file for a new entry.</summary>
    /// <param name="contentRoot">The content folder (holding one folder per collection).</param>
    /// <param name="schema">The assembly's metadata: its collections.</param>
    /// <param name="collectionName">The collection's folder (<c>events</c>) or record name (<c>Event</c>).</param>
    /// <param name="id">The new entry's id.</param>
    /// <returns>The outcome.</returns>
    public static NewEntryOutcome Create(string contentRoot, ContentMetadata schema, string collectionName, string id)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var collection = Collections.Find(schema, collectionName);
        if (collection is null)
        {
            var known = string.Join(", ", Collections.ByFolder(schema).Select(candidate => candidate.Name));
            return new NewEntryOutcome(null, $"There is no collection '{collectionName}'; the collections are: {known}.");
        }

        if (!Naming.IsValidId(id))
        {
            return new NewEntryOutcome(null, $"'{id}' is not a valid id: ids are lower kebab-case (a-z, 0-9, single hyphens between words), at most {Naming.MaxIdLength} characters, for example 'deepseek-r1-release'.");
        }

        var folder = System.IO.Path.Combine(contentRoot, collection.Name);
        var path = System.IO.Path.Combine(folder, id + ".yaml");
        if (File.Exists(path) || File.Exists(System.IO.Path.ChangeExtension(path, ".yml")))
        {
            return new NewEntryOutcome(null, $"The entry '{id}' already exists in content/{collection.Name}; edit that file instead.");
        }

        Directory.CreateDirectory(folder);
        try
        {
            // CreateNew: a file that appeared since the check above is still never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(EntryTemplate.Render(collection, id));
            stream.Write(bytes);
        }
        catch (IOException exception) when (File.Exists(path))
        {
            return new NewEntryOutcome(null, $"The entry '{id}' already exists in content/{collection.Name}: {exception.Message}");
        }

        return new NewEntryOutcome(path, null);
    }
}
