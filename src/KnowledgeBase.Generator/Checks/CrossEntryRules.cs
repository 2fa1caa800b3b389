using System.Collections.Generic;
using KnowledgeBase.Generator.Binding;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// The rules that need other entries: a publication cannot predate what it reports, <c>[Acyclic]</c> chains do
/// not loop, and entries of <c>[MustBeReferenced]</c> collections are used. Runs per entry against the
/// <see cref="RuleIndex"/>, so its result for an entry changes only when that entry's facts or the index do.
/// </summary>
internal static class CrossEntryRules
{
    public static EquatableArray<DiagnosticInfo> Check(RuleFacts? facts, RuleIndex index, CancellationToken cancellationToken)
    {
        if (facts is null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<DiagnosticInfo>();
        if (facts.EntryDate is { } date)
        {
            foreach (var reference in facts.DatedReferences)
            {
                // An unknown source, or one without a date, is not checked (KB0008 reports the unknown one).
                if (index.PublishedDate(new EntryKey(reference.TargetType, reference.Id)) is { } published
                    && published.Number < date.Number)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.PublishedBeforeEntry, reference.Location, reference.Id, published.Iso, date.Iso));
                }
            }
        }

        foreach (var link in facts.Links)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Cycle(facts, link.Field, link.Id, index) is { } cycle)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ReferenceCycle, link.Location, link.Field, cycle));
            }
        }

        if (facts.MustBeReferenced && !index.IsUsed(facts.Key))
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnreferencedEntry, LocationInfo.StartOfFile(facts.Path), facts.Id, facts.Folder));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>Follows <paramref name="field"/> from this entry; the path back to it (<c>a -> b -> a</c>) when the chain loops through it.</summary>
    private static string? Cycle(RuleFacts facts, string field, string first, RuleIndex index)
    {
        var path = new List<string> { facts.Id };
        var seen = new HashSet<string>(System.StringComparer.Ordinal) { facts.Id };
        for (string? current = first; current is not null; current = index.LinkTarget(new EntryKey(facts.CollectionType, current), field))
        {
            path.Add(current);
            if (current == facts.Id)
            {
                return string.Join(" -> ", path);
            }

            if (!seen.Add(current))
            {
                // A loop further along that does not come back here: reported at the entries on it.
                return null;
            }
        }

        return null;
    }
}
