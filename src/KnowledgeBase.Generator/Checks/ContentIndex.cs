using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;

namespace KnowledgeBase.Generator.Checks;

/// <summary>What the index needs of one entry: only what changes when an id, a member name or validity changes.</summary>
internal sealed record IndexedEntry(string CollectionType, string Id, string? Identifier, string Path, bool IsValid, int EntryLimit)
{
    public static IndexedEntry? From(BoundEntry entry, CancellationToken cancellationToken) =>
        entry.CollectionType is null
            ? null
            : new IndexedEntry(entry.CollectionType, entry.Id, entry.Identifier, entry.Path, entry.IsValid, entry.EntryLimit);
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
    public KnownIds KnownIds => new(Entries.Select(entry => new EntryKey(entry.CollectionType, entry.Id)).ToEquatableArray());

    public static ContentIndex Build(ImmutableArray<IndexedEntry?> entries, CancellationToken cancellationToken)
    {
        var sorted = entries
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .OrderBy(entry => entry.CollectionType, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Path, System.StringComparer.Ordinal)
            .ToList();

        // Keyed by the member name upper-cased: generated file names ignore case, so 'ab-c' (AbC) and 'abc'
        // (Abc) would collide there although C# tells the members apart.
        var owners = new Dictionary<(string, string), IndexedEntry>();
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var skipped = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entry in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Identifier is null)
            {
                continue;
            }

            var key = (entry.CollectionType, entry.Identifier.ToUpperInvariant());
            if (owners.TryGetValue(key, out var owner))
            {
                skipped.Add(entry.Path);
                var what = owner.Id == entry.Id
                    ? $"another file also defines ('{owner.Path}')"
                    : owner.Identifier == entry.Identifier
                        ? $"the entry '{owner.Id}' already has"
                        : $"differs only in case from the member '{owner.Identifier}' of the entry '{owner.Id}' (generated file names ignore case)";
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.IdentifierCollision, LocationInfo.StartOfFile(entry.Path), entry.Id, entry.Identifier, what));
                continue;
            }

            // Entries past the limit, in id order, are left out whatever order the files arrive in.
            counts.TryGetValue(entry.CollectionType, out var count);
            if (count >= entry.EntryLimit)
            {
                skipped.Add(entry.Path);
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.TooManyEntries,
                    LocationInfo.StartOfFile(entry.Path),
                    entry.CollectionType.Replace("global::", string.Empty),
                    count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    entry.Id));
                continue;
            }

            counts[entry.CollectionType] = count + 1;
            owners.Add(key, entry);
        }

        skipped.Sort(System.StringComparer.Ordinal);
        return new ContentIndex(sorted.ToEquatableArray(), skipped.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
