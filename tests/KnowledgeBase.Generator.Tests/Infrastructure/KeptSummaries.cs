using System.Linq;
using KnowledgeBase.Generator.Checks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>What the driver keeps of each content file after a run: the per-file step's <see cref="EntrySummary"/>.</summary>
internal static class KeptSummaries
{
    /// <summary>Every content file's summary in <paramref name="run"/> (tracked steps on).</summary>
    public static EntrySummary[] Of(GeneratorRunResult run)
    {
        Assert.True(run.TrackedSteps.TryGetValue(TrackingNames.Bind, out var steps), "No file was bound.");
        return [.. steps.SelectMany(step => step.Outputs).Select(output => Assert.IsType<EntrySummary>(output.Value))];
    }
}
