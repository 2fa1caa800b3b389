using System.Collections.Generic;
using KnowledgeBase.Generator.Binding;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;

namespace KnowledgeBase.Generator.Checks;

/// <summary>Checks an entry's references once every id is known; runs again only when the set of ids changes.</summary>
internal static class ReferenceChecker
{
    private const int MaxSuggestions = 20;

    public static EquatableArray<DiagnosticInfo> Check(BoundEntry entry, KnownIds known, CancellationToken cancellationToken)
    {
        if (entry.References.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var reference in entry.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (known.Contains(reference.TargetType, reference.Id))
            {
                continue;
            }

            // A suggestion costs an edit distance per known id, so only the first few dangling references of
            // an entry get one: a hostile file may hold thousands of them.
            var closest = diagnostics.Count < MaxSuggestions ? Suggestions.Closest(reference.Id, known.IdsOf(reference.TargetType)) : null;
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.DanglingReference,
                reference.Location,
                reference.Field,
                reference.Id,
                reference.TargetFolder,
                closest is null ? string.Empty : $"; did you mean '{closest}'?"));
        }

        return diagnostics.ToEquatableArray();
    }
}
