using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Model;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Which generated file holds each entry's code. Up to <see cref="SeparateFilesUpTo"/> entries, each entry has a
/// file of its own. Past it, entries share <see cref="SharedFilesPerCollection"/> files per collection, chosen by a
/// stable hash of the id: on every generator run the compiler checks each generated file's name against all the
/// others (a linear search per file, so 10,000 files cost about 100 ms even when nothing changed), and a few
/// hundred files keep that negligible. Each file is compared on its own, so an edit re-emits only the file
/// holding the entry, and adding an entry never moves another.
/// </summary>
internal static class EntryFiles
{
    /// <summary>Entries (in all collections together) up to which each entry keeps a file of its own.</summary>
    public const int SeparateFilesUpTo = 500;

    /// <summary>Files per collection once entries share files.</summary>
    public const int SharedFilesPerCollection = 64;

    /// <summary>Every file of entries, sorted by hint name, each with its entries in id order.</summary>
    public static IEnumerable<EntryFile> Build(
        ((ImmutableArray<BoundEntry> Entries, EquatableArray<string> Skipped), EquatableArray<string> OverBudget) input,
        CancellationToken cancellationToken)
    {
        var ((entries, skippedPaths), overBudgetPaths) = input;
        var skipped = new HashSet<string>(skippedPaths, System.StringComparer.Ordinal);
        var overBudget = new HashSet<string>(overBudgetPaths, System.StringComparer.Ordinal);
        var emitted = new List<BoundEntry>(entries.Length);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.CollectionType is not null && entry.Identifier is not null && !skipped.Contains(entry.Path))
            {
                emitted.Add(overBudget.Contains(entry.Path) ? entry with { Value = null } : entry);
            }
        }

        var shared = emitted.Count > SeparateFilesUpTo;
        return emitted
            .GroupBy(entry => shared ? SharedHintName(entry) : EntryEmitter.HintName(entry), System.StringComparer.Ordinal)
            .OrderBy(file => file.Key, System.StringComparer.Ordinal)
            .Select(file => new EntryFile(
                file.Key,
                shared ? "Entries" + SharedNumber(file.First()) : null,
                file.OrderBy(entry => entry.Id, System.StringComparer.Ordinal).ThenBy(entry => entry.Path, System.StringComparer.Ordinal).ToEquatableArray()))
            .ToList();
    }

    /// <summary>A name no entry's own file can have: '-' never occurs in a member name.</summary>
    private static string SharedHintName(BoundEntry entry) =>
        (entry.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + entry.TypeName + ".Entries-" + SharedNumber(entry) + ".g.cs";

    /// <summary>Which of its collection's shared files holds the entry, as two digits.</summary>
    private static string SharedNumber(BoundEntry entry) =>
        (StableHash.Of(entry.Id) % SharedFilesPerCollection).ToString("D2", CultureInfo.InvariantCulture);
}

/// <summary>
/// One generated file of entries: its hint name, for a file shared by many entries its name within the record
/// (<c>Entries07</c>, null for a file of one entry), and its entries in id order.
/// </summary>
internal sealed record EntryFile(string HintName, string? SharedName, EquatableArray<BoundEntry> Entries)
{
    /// <summary>Where the file's long text goes: one block of UTF-8 data for a shared file, a literal per text otherwise.</summary>
    public Utf8Pool NewPool() => SharedName is null ? Utf8Pool.Inline : Utf8Pool.Shared(SharedName);
}
