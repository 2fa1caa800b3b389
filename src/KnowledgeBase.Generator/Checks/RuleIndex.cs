using System;
using KnowledgeBase.Generator.Binding;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>An <c>[Acyclic]</c> link: the entry it is written in, its field, and the id it points to (in the entry's own collection).</summary>
internal readonly record struct LinkFact(EntryKey From, string Field, string To) : IComparable<LinkFact>
{
    public int CompareTo(LinkFact other)
    {
        var byFrom = From.CompareTo(other.From);
        var byField = byFrom != 0 ? byFrom : string.CompareOrdinal(Field, other.Field);
        return byField != 0 ? byField : string.CompareOrdinal(To, other.To);
    }
}

/// <summary>An entry and its publication date.</summary>
internal readonly record struct KeyedDay(EntryKey Key, DayOf Day);

/// <summary>
/// The content facts that rules across entries look up: publication dates, <c>[Acyclic]</c> links and which
/// entries of <c>[MustBeReferenced]</c> collections are used. Compared by those sorted values alone, so an edit
/// that changes no date, link or use leaves it equal and no other entry is checked again.
/// </summary>
internal sealed class RuleIndex(EquatableArray<KeyedDay> publishedOn, EquatableArray<LinkFact> links, EquatableArray<EntryKey> used) : IEquatable<RuleIndex>
{
    private Dictionary<EntryKey, DayOf>? dates;
    private Dictionary<(EntryKey From, string Field), string>? next;
    private HashSet<EntryKey>? usedSet;

    public EquatableArray<KeyedDay> PublishedOn { get; } = publishedOn;

    public EquatableArray<LinkFact> Links { get; } = links;

    public EquatableArray<EntryKey> Used { get; } = used;

    public static RuleIndex Build(ImmutableArray<RuleIndexFacts?> all, CancellationToken cancellationToken)
    {
        var published = new List<KeyedDay>();
        var links = new List<LinkFact>();
        var used = new HashSet<EntryKey>();
        foreach (var fact in all)
        {
            if (fact is null)
            {
                continue;
            }

            if (fact.PublishedOn is not null)
            {
                published.Add(new KeyedDay(fact.Key, fact.PublishedOn));
            }

            // Loops rather than AddRange and UnionWith, which would box each entry's arrays and their enumerators.
            foreach (var link in fact.Links)
            {
                links.Add(link);
            }

            foreach (var key in fact.UsedKeys)
            {
                used.Add(key);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        published.Sort(static (left, right) =>
        {
            var byKey = left.Key.CompareTo(right.Key);
            return byKey != 0 ? byKey : left.Day.Number.CompareTo(right.Day.Number);
        });
        links.Sort();
        var usedKeys = used.ToList();
        usedKeys.Sort();
        return new RuleIndex(published.ToEquatableArray(), links.ToEquatableArray(), usedKeys.ToEquatableArray());
    }

    /// <summary>The publication date of the entry <paramref name="key"/>, when it has one; with duplicate ids the earliest (KB0010 reports the duplicate).</summary>
    public DayOf? PublishedDate(EntryKey key)
    {
        if (dates is null)
        {
            var lookup = new Dictionary<EntryKey, DayOf>();
            foreach (var item in PublishedOn)
            {
                if (!lookup.ContainsKey(item.Key))
                {
                    lookup.Add(item.Key, item.Day);
                }
            }

            dates = lookup;
        }

        return dates.TryGetValue(key, out var date) ? date : null;
    }

    /// <summary>Where the entry <paramref name="key"/>'s link <paramref name="field"/> points, when it has one; with duplicate ids the first in order.</summary>
    public string? LinkTarget(EntryKey key, string field)
    {
        if (next is null)
        {
            var lookup = new Dictionary<(EntryKey From, string Field), string>();
            foreach (var link in Links)
            {
                if (!lookup.ContainsKey((link.From, link.Field)))
                {
                    lookup.Add((link.From, link.Field), link.To);
                }
            }

            next = lookup;
        }

        return next.TryGetValue((key, field), out var id) ? id : null;
    }

    public bool IsUsed(EntryKey key) => (usedSet ??= new HashSet<EntryKey>(Used)).Contains(key);

    public bool Equals(RuleIndex? other) =>
        other is not null && PublishedOn.Equals(other.PublishedOn) && Links.Equals(other.Links) && Used.Equals(other.Used);

    public override bool Equals(object? obj) => Equals(obj as RuleIndex);

    public override int GetHashCode() => unchecked((((PublishedOn.GetHashCode() * 31) + Links.GetHashCode()) * 31) + Used.GetHashCode());
}
