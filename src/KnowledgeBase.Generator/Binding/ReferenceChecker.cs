using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generator.Diagnostics;
using KnowledgeBase.Generator.Index;
using KnowledgeBase.Generator.Model;

namespace KnowledgeBase.Generator.Binding;

/// <summary>Checks an entry's references once every id is known; runs again only when the set of ids changes.</summary>
internal static class ReferenceChecker
{
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

            var closest = Suggestions.Closest(reference.Id, known.IdsOf(reference.TargetType));
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
