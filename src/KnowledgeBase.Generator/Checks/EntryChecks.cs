using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Binding;

namespace KnowledgeBase.Generator.Checks;

/// <summary>
/// Every diagnostic of one entry in one step: its own (from reading and binding its file), its references checked
/// against every id, and the rules across entries. One per-file step and one output rather than four, because
/// Roslyn walks every per-file output's table on every run, even when nothing changed; at 10,000 entries each
/// such walk is a measurable share of an unrelated C# edit's re-run.
/// </summary>
internal static class EntryChecks
{
    public static EquatableArray<DiagnosticInfo> Run((BoundEntry Entry, (KnownIds Known, RuleIndex Rules) Across) input, CancellationToken cancellationToken)
    {
        var (entry, (known, rules)) = input;
        var references = ReferenceChecker.Check(entry, known, cancellationToken);
        var crossEntry = CrossEntryRules.Check(entry.Facts, rules, cancellationToken);
        return references.Count == 0 && crossEntry.Count == 0
            ? entry.Diagnostics
            : entry.Diagnostics.Concat(references).Concat(crossEntry).ToEquatableArray();
    }
}
