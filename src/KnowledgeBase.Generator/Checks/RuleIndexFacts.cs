using System.Linq;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// What the rule index needs of one entry: its key, publication date, acyclic links and uses, without the
/// references' positions, so an edit that only moves lines (a longer title) leaves it equal and the index unbuilt.
/// </summary>
internal sealed record RuleIndexFacts(EntryKey Key, DayOf? PublishedOn, EquatableArray<LinkFact> Links, EquatableArray<EntryKey> UsedKeys)
{
    public static RuleIndexFacts? Of(RuleFacts? facts) =>
        facts is null
            ? null
            : new RuleIndexFacts(
                facts.Key,
                facts.PublishedOn,
                facts.Links.Select(link => new LinkFact(facts.Key, link.Field, link.Id)).ToEquatableArray(),
                facts.UsedKeys);
}
