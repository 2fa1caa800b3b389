using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace KnowledgeBase.Catalog;

/// <summary>
/// Every entry of every collection in one collection-independent view, with lookups by key and by bare id,
/// titles for references, and backlinks (what refers to or cites an entry). Built from the compiled-in
/// records; nothing here reads YAML. Creating it only indexes the records by key: each entry's outline and view
/// are built when first read (see <see cref="CatalogEntry"/>), or for many entries at once on every core
/// (<see cref="ReadOutlines()"/>), and the backlinks when first asked for, so a command pays for what it reads, not
/// for the whole knowledge base.
/// </summary>
public sealed class KnowledgeCatalog
{
    private static readonly Lazy<KnowledgeCatalog> s_current = new(CreateCurrent);

    // Plain dictionaries: a frozen one costs more to build than a command's few lookups save.
    private readonly Dictionary<EntryKey, CatalogEntry> _byKey;
    private readonly Lazy<Dictionary<EntryKey, List<Backlink>>> _backlinks;

    private KnowledgeCatalog(IEnumerable<CatalogEntry> entries)
    {
        var ordered = entries.ToArray();
        if (!IsInCatalogOrder(ordered))
        {
            // Keys are unique (the dictionary below throws otherwise), so an unstable sort gives one order.
            Array.Sort(ordered, CompareInCatalogOrder);
        }

        Entries = ImmutableCollectionsMarshal.AsImmutableArray(ordered);
        _byKey = new Dictionary<EntryKey, CatalogEntry>(ordered.Length);
        foreach (var entry in ordered)
        {
            _byKey.Add(entry.Key, entry);
        }

        _backlinks = new(BuildBacklinks);
    }

    /// <summary>
    /// A catalog over the given records rather than the compiled-in ones: a filtered view, or a small fixed set
    /// for tests. References to entries that are not included keep their key as their title.
    /// </summary>
    /// <param name="sources">Sources to include.</param>
    /// <param name="actors">Actors to include.</param>
    /// <param name="events">Events to include.</param>
    /// <param name="figures">Figures to include.</param>
    /// <param name="claims">Claims to include.</param>
    /// <param name="topics">Topics to include.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two records of one collection share an id.</exception>
    public static KnowledgeCatalog Create(
        IEnumerable<Source>? sources = null,
        IEnumerable<Actor>? actors = null,
        IEnumerable<Event>? events = null,
        IEnumerable<Figure>? figures = null,
        IEnumerable<Claim>? claims = null,
        IEnumerable<Topic>? topics = null) =>
        Create(((IEnumerable<IEntry>?)sources ?? [])
            .Concat((IEnumerable<IEntry>?)actors ?? [])
            .Concat((IEnumerable<IEntry>?)events ?? [])
            .Concat((IEnumerable<IEntry>?)figures ?? [])
            .Concat((IEnumerable<IEntry>?)claims ?? [])
            .Concat((IEnumerable<IEntry>?)topics ?? []));

    /// <summary>
    /// A catalog over any entries of this assembly's collections, each described by its collection's generated
    /// metadata (<see cref="KnowledgeBase.Metadata.ContentMetadata"/>).
    /// </summary>
    /// <param name="entries">Entries of any collection.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two entries of one collection share an id, or an entry is of no collection.</exception>
    public static KnowledgeCatalog Create(IEnumerable<IEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var metadata = KnowledgeBase.Generated.ContentMetadataProvider.Content;
        return new(entries.Select(entry => EntryDescriber.Describe(
            metadata.Find(entry.GetType()) ?? throw new ArgumentException($"'{entry.GetType()}' is not a collection of this knowledge base.", nameof(entries)),
            entry)));
    }

    // Decoding the compiled-in records is most of what a catalog of tens of thousands of entries costs, and each
    // collection decodes on its own, so they are read on every core at once. Each collection then describes its own
    // entries: no look-up of the collection per entry.
    private static KnowledgeCatalog CreateCurrent()
    {
        var collections = KnowledgeBase.Generated.ContentMetadataProvider.Content.Collections;
        var records = new IReadOnlyList<IEntry>[collections.Length];
        Parallel.For(0, collections.Length, index => records[index] = collections[index].Entries);
        return new(collections.SelectMany((collection, index) => records[index].Select(entry => EntryDescriber.Describe(collection, entry))));
    }

    /// <summary>
    /// Builds every entry's outline (title, date, status, references, citations) now, on every core, rather than
    /// one by one as they are read. A command that reads them for every entry (counts, backlinks, lists) calls this
    /// first: at tens of thousands of entries, outlining them is a large part of its time.
    /// </summary>
    public void ReadOutlines() => ReadOutlines(Entries);

    /// <summary>Builds the outlines of <paramref name="entries"/> now, on every core; see <see cref="ReadOutlines()"/>.</summary>
    /// <param name="entries">Entries of a catalog, for example one collection's.</param>
    public static void ReadOutlines(IReadOnlyList<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Parallel.ForEach(Partitioner.Create(0, entries.Count), range =>
        {
            for (var index = range.Item1; index < range.Item2; index++)
            {
                _ = entries[index].Outline;
            }
        });
    }

    /// <summary>The catalog of the compiled-in knowledge base.</summary>
    public static KnowledgeCatalog Current => s_current.Value;

    /// <summary>Every entry, by collection (in <see cref="CollectionInfo.All"/> order), then id.</summary>
    public ImmutableArray<CatalogEntry> Entries { get; }

    /// <summary>The entries of one collection, by id.</summary>
    /// <param name="collection">The collection's name.</param>
    /// <returns>Its entries; empty for an unknown collection.</returns>
    public IEnumerable<CatalogEntry> InCollection(string collection) =>
        Entries.Where(entry => string.Equals(entry.Collection, collection, StringComparison.Ordinal));

    /// <summary>Finds an entry by collection and id.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="entry">The entry, when it exists.</param>
    /// <returns>True when it exists.</returns>
    public bool TryGet(EntryKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogEntry? entry) =>
        _byKey.TryGetValue(key, out entry);

    /// <summary>
    /// The entries a name given on the command line means: <c>collection/id</c> (the collection also in the
    /// singular) names at most one; a bare id every entry with that id, in any collection.
    /// </summary>
    /// <param name="name">An id or <c>collection/id</c>.</param>
    /// <returns>The matching entries; empty when none.</returns>
    public ImmutableArray<CatalogEntry> Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return WithId(trimmed);
        }

        var collection = CollectionInfo.Find(trimmed[..slash]);
        return collection is not null && _byKey.TryGetValue(new EntryKey(collection.Name, trimmed[(slash + 1)..]), out var entry)
            ? [entry]
            : [];
    }

    /// <summary>The ids (or <c>collection/id</c> keys, when <paramref name="name"/> has a slash) closest to a name that matched nothing.</summary>
    /// <param name="name">What the user typed.</param>
    /// <returns>Up to three suggestions.</returns>
    public IReadOnlyList<string> Suggest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ClosestMatches.Find(name, Entries.Select(entry => entry.Id));
        }

        // The right id in the wrong collection (events/nvidia) is the likeliest slip: offer the real keys first.
        var sameId = WithId(name[(slash + 1)..].Trim()).Select(entry => entry.Key.ToString());
        return [.. sameId.Concat(ClosestMatches.Find(name, Entries.Select(entry => entry.Key.ToString()))).Distinct().Take(3)];
    }

    /// <summary>What refers to or cites the entry <paramref name="key"/>.</summary>
    /// <param name="key">The entry's key.</param>
    /// <returns>The backlinks, by collection then id.</returns>
    public ImmutableArray<Backlink> BacklinksTo(EntryKey key) => _backlinks.Value.TryGetValue(key, out var links) ? [.. links] : [];

    /// <summary>The title of the entry <paramref name="key"/>, or its key when it does not exist.</summary>
    /// <param name="key">The entry's key.</param>
    /// <returns>Its title.</returns>
    public string TitleOf(EntryKey key) => _byKey.TryGetValue(key, out var entry) ? entry.Title : key.ToString();

    // One lookup per collection rather than an index by id, which a catalog of many entries would pay for up front.
    private ImmutableArray<CatalogEntry> WithId(string id) =>
        [.. CollectionInfo.All.Select(collection => _byKey.GetValueOrDefault(new EntryKey(collection.Name, id))).OfType<CatalogEntry>()];

    // The compiled-in collections come in catalog order already, each sorted by id: checking is cheaper than sorting.
    private static bool IsInCatalogOrder(CatalogEntry[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (CompareInCatalogOrder(entries[i - 1], entries[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int CompareInCatalogOrder(CatalogEntry left, CatalogEntry right)
    {
        var byCollection = ReferenceEquals(left.Collection, right.Collection) ? 0 : CollectionInfo.OrderOf(left.Collection).CompareTo(CollectionInfo.OrderOf(right.Collection));
        return byCollection != 0 ? byCollection : string.CompareOrdinal(left.Id, right.Id);
    }

    // From every entry's outline (its references and citations), never its view. Entries are in catalog order, so
    // each target's links come out by collection, then id; within one entry they are ordered by field, each once.
    // Entries have a few links each, so a list searched and sorted in place beats hashing and sorting them anew.
    private Dictionary<EntryKey, List<Backlink>> BuildBacklinks()
    {
        ReadOutlines();
        var backlinks = new Dictionary<EntryKey, List<Backlink>>();
        var links = new List<(EntryKey Target, string Field)>();
        foreach (var entry in Entries)
        {
            links.Clear();
            foreach (var reference in entry.References)
            {
                AddOnce(links, (reference.Target, reference.Field));
            }

            foreach (var citation in entry.Citations)
            {
                AddOnce(links, (citation.Source, "citations"));
            }

            SortByField(links);
            foreach (var (target, field) in links)
            {
                if (!backlinks.TryGetValue(target, out var toTarget))
                {
                    backlinks.Add(target, toTarget = []);
                }

                toTarget.Add(new Backlink(entry.Key, field));
            }
        }

        return backlinks;
    }

    private static void AddOnce(List<(EntryKey Target, string Field)> links, (EntryKey Target, string Field) link)
    {
        if (!links.Contains(link))
        {
            links.Add(link);
        }
    }

    // Stable, as the order the links were found in is kept among links of one field.
    private static void SortByField(List<(EntryKey Target, string Field)> links)
    {
        for (var i = 1; i < links.Count; i++)
        {
            var link = links[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(links[j].Field, link.Field) > 0; j--)
            {
                links[j + 1] = links[j];
            }

            links[j + 1] = link;
        }
    }
}
