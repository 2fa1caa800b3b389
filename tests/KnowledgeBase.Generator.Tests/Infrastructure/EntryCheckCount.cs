using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Checks;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>
/// Which entries a run checked again. The entry checks are one step over all entries (<see cref="EntryChecks"/>), so
/// Roslyn's step reasons cannot say it: an entry checked again has a new last check, one taken over keeps its old one.
/// </summary>
internal static class EntryCheckCount
{
    /// <summary>Each content file's entry in <paramref name="run"/>, by path, with its last check.</summary>
    public static Dictionary<string, object?> Checks(GeneratorRunResult run) =>
        KeptSummaries.Of(run).ToDictionary(summary => summary.Entry.Path, summary => (object?)summary.LastCheck.Last);

    /// <summary>How many entries of <paramref name="run"/> were checked again since the checks in <paramref name="before"/>.</summary>
    public static int CheckedAgain(Dictionary<string, object?> before, GeneratorRunResult run) =>
        Checks(run).Count(pair => !before.TryGetValue(pair.Key, out var check) || !ReferenceEquals(check, pair.Value));
}
