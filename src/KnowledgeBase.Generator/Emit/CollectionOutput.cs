using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// What a collection's own file needs: its schema (for the decoder), and the entries with data, sorted by id, with
/// their member names and places (<see cref="FilePlan"/>). Depends on ids alone, so an edit that keeps every id
/// leaves it equal and the collection's file is not emitted again.
/// </summary>
internal sealed record CollectionOutput(
    CollectionModel Collection,
    bool Shared,
    EquatableArray<string> Ids,
    EquatableArray<string> Identifiers)
{
    public string Folder => Collection.Folder;

    public string TypeName => Collection.TypeName;

    public string Namespace => Collection.Namespace;

    public string Name => Collection.Name;

    public static IEnumerable<CollectionOutput> Build(((SchemaModel Schema, ContentIndex Index), EquatableArray<string> OverBudget) input, CancellationToken cancellationToken)
    {
        var ((schema, index), overBudget) = input;
        var stubs = new HashSet<string>(overBudget, System.StringComparer.Ordinal);
        var emitted = FilePlan.Emitted(index);
        var shared = FilePlan.IsShared(emitted.Count);
        foreach (var collection in schema.Collections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!collection.IsUsable)
            {
                continue;
            }

            var entries = emitted
                .Where(entry => entry.CollectionType == collection.TypeName && FilePlan.HasData(entry, stubs))
                .ToList();
            yield return new CollectionOutput(
                collection,
                shared,
                entries.Select(entry => entry.Id).ToEquatableArray(),
                entries.Select(entry => entry.Identifier!).ToEquatableArray());
        }
    }
}
