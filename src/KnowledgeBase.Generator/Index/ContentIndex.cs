using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Diagnostics;
using KnowledgeBase.Generator.Model;

namespace KnowledgeBase.Generator.Index;

/// <summary>What the index needs of one entry: only what changes when an id, a member name or validity changes.</summary>
internal sealed record IndexedEntry(string CollectionType, string Id, string? Identifier, string Path, bool IsValid)
{
    public static IndexedEntry? From(BoundEntry entry, CancellationToken cancellationToken) =>
        entry.CollectionType is null
            ? null
            : new IndexedEntry(entry.CollectionType, entry.Id, entry.Identifier, entry.Path, entry.IsValid);
}

/// <summary>
/// Every entry's id across the content, sorted; the files whose member name another file already took;
/// and the diagnostics for those collisions. Content edits that keep ids leave it equal, so nothing
/// downstream of it runs again.
/// </summary>
internal sealed record ContentIndex(
    EquatableArray<IndexedEntry> Entries,
    EquatableArray<string> SkippedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public KnownIds KnownIds => new(Entries.Select(entry => KnownIds.Key(entry.CollectionType, entry.Id)).ToEquatableArray());

    public static ContentIndex Build(ImmutableArray<IndexedEntry?> entries, CancellationToken cancellationToken)
    {
        var sorted = entries
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .OrderBy(entry => entry.CollectionType, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Path, System.StringComparer.Ordinal)
            .ToList();

        var owners = new Dictionary<(string, string), IndexedEntry>();
        var skipped = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entry in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Identifier is null)
            {
                continue;
            }

            if (owners.TryGetValue((entry.CollectionType, entry.Identifier), out var owner))
            {
                skipped.Add(entry.Path);
                var what = owner.Id == entry.Id
                    ? $"another file also defines ('{owner.Path}')"
                    : $"the entry '{owner.Id}' already has";
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.IdentifierCollision, LocationInfo.StartOfFile(entry.Path), entry.Id, entry.Identifier, what));
                continue;
            }

            owners.Add((entry.CollectionType, entry.Identifier), entry);
        }

        skipped.Sort(System.StringComparer.Ordinal);
        return new ContentIndex(sorted.ToEquatableArray(), skipped.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
