using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Index;
using KnowledgeBase.Generator.Model;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>What a collection's own file needs: its type and the valid entries' ids and member names, sorted by id.</summary>
internal sealed record CollectionOutput(
    string Folder,
    string TypeName,
    string Namespace,
    string Name,
    EquatableArray<string> Ids,
    EquatableArray<string> Identifiers)
{
    public static IEnumerable<CollectionOutput> Build((SchemaModel Schema, ContentIndex Index) input, CancellationToken cancellationToken)
    {
        var skipped = new HashSet<string>(input.Index.SkippedPaths, System.StringComparer.Ordinal);
        foreach (var collection in input.Schema.Collections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!collection.IsUsable)
            {
                continue;
            }

            var entries = input.Index.Entries
                .Where(entry => entry.CollectionType == collection.TypeName && entry.IsValid && entry.Identifier is not null && !skipped.Contains(entry.Path))
                .ToList();
            yield return new CollectionOutput(
                collection.Folder,
                collection.TypeName,
                collection.Namespace,
                collection.Name,
                entries.Select(entry => entry.Id).ToEquatableArray(),
                entries.Select(entry => entry.Identifier!).ToEquatableArray());
        }
    }
}
