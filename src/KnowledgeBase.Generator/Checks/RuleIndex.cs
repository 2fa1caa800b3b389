using System;
using KnowledgeBase.Generator.Binding;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>A key (a collection and id, with a link's field) and the id the link points to.</summary>
internal sealed record KeyedText(string Key, string Text);

/// <summary>A key (collection and id) and the entry's publication date.</summary>
internal sealed record KeyedDay(string Key, DayOf Day);

/// <summary>
/// The content facts that rules across entries look up: publication dates, <c>[Acyclic]</c> links and which
/// entries of <c>[MustBeReferenced]</c> collections are used. Compared by those sorted values alone, so an edit
/// that changes no date, link or use leaves it equal and no other entry is checked again.
/// </summary>
internal sealed class RuleIndex(EquatableArray<KeyedDay> publishedOn, EquatableArray<KeyedText> links, EquatableArray<string> used) : IEquatable<RuleIndex>
{
    private Dictionary<string, DayOf>? dates;
    private Dictionary<string, string>? next;
    private HashSet<string>? usedSet;

    public EquatableArray<KeyedDay> PublishedOn { get; } = publishedOn;

    public EquatableArray<KeyedText> Links { get; } = links;

    public EquatableArray<string> Used { get; } = used;

    public static RuleIndex Build(ImmutableArray<RuleIndexFacts?> all, CancellationToken cancellationToken)
    {
        var published = new List<KeyedDay>();
        var links = new List<KeyedText>();
        var used = new HashSet<string>(StringComparer.Ordinal);
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
            var byKey = string.CompareOrdinal(left.Key, right.Key);
            return byKey != 0 ? byKey : left.Day.Number.CompareTo(right.Day.Number);
        });
        links.Sort(static (left, right) =>
        {
            var byKey = string.CompareOrdinal(left.Key, right.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(left.Text, right.Text);
        });
        var usedKeys = used.ToList();
        usedKeys.Sort(StringComparer.Ordinal);
        return new RuleIndex(published.ToEquatableArray(), links.ToEquatableArray(), usedKeys.ToEquatableArray());
    }

    public static string LinkKey(string key, string field) => key + "\n" + field;

    /// <summary>The publication date of the entry <paramref name="key"/>, when it has one.</summary>
    public DayOf? PublishedDate(string key)
    {
        if (dates is null)
        {
            var lookup = new Dictionary<string, DayOf>(StringComparer.Ordinal);
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

    /// <summary>Where the entry <paramref name="key"/>'s link <paramref name="field"/> points, when it has one.</summary>
    public string? LinkTarget(string key, string field) => Lookup(ref next, Links).TryGetValue(LinkKey(key, field), out var id) ? id : null;

    public bool IsUsed(string key) => (usedSet ??= new HashSet<string>(Used, StringComparer.Ordinal)).Contains(key);

    public bool Equals(RuleIndex? other) =>
        other is not null && PublishedOn.Equals(other.PublishedOn) && Links.Equals(other.Links) && Used.Equals(other.Used);

    public override bool Equals(object? obj) => Equals(obj as RuleIndex);

    public override int GetHashCode() => unchecked((((PublishedOn.GetHashCode() * 31) + Links.GetHashCode()) * 31) + Used.GetHashCode());

    /// <summary>A look-up built on first use; with duplicate ids the first in key order wins (KB0010 reports the duplicate).</summary>
    private static Dictionary<string, string> Lookup(ref Dictionary<string, string>? cache, EquatableArray<KeyedText> items)
    {
        if (cache is null)
        {
            cache = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!cache.ContainsKey(item.Key))
                {
                    cache.Add(item.Key, item.Text);
                }
            }
        }

        return cache;
    }
}
