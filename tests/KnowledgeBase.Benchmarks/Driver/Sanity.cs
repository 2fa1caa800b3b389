using System;

namespace KnowledgeBase.Benchmarks.Driver;

/// <summary>
/// Proves, before anything is timed, that the incremental scenarios do the work they claim and no more:
/// with Roslyn's step tracking on a smaller workload (tracking records every step's inputs and is far too
/// slow at 10,000 entries), and by counting file reads and re-created outputs on the measured workload.
/// </summary>
internal static class Sanity
{
    /// <summary>The size the tracked-steps check runs at.</summary>
    public const int TrackedEntries = 1_500;

    public static void Check(GeneratorWorkload measured)
    {
        var small = GeneratorWorkload.Create(TrackedEntries);
        var tracked = small.NewDriver(trackSteps: true).RunGenerators(small.Compilation);
        StepCheck.ExpectClean(tracked.GetRunResult(), small.Content.Count);
        var (smallBefore, smallAfter) = small.EditOfOneFile();
        StepCheck.ExpectOneFileRedone(tracked.ReplaceAdditionalText(smallBefore, smallAfter).RunGenerators(small.Compilation).GetRunResult());
        StepCheck.ExpectNothingRedone(tracked.RunGenerators(small.WithUnrelatedEdit()).GetRunResult());

        var warm = measured.NewDriver().RunGenerators(measured.Compilation);
        StepCheck.ExpectClean(warm.GetRunResult(), measured.Content.Count);
        var (before, after) = measured.EditOfOneFile();
        var reads = measured.Reads;
        var edited = warm.ReplaceAdditionalText(before, after).RunGenerators(measured.Compilation);
        StepCheck.ExpectCount(measured.Reads - reads, 0, "reads of unedited files after editing one file");
        StepCheck.ExpectCount(((InMemoryText)after).Reads, 1, "read of the edited file");
        StepCheck.ExpectCount(StepCheck.Reemitted(warm, edited), 1, "source re-emitted after editing one file");

        reads = measured.Reads;
        var unrelated = warm.RunGenerators(measured.WithUnrelatedEdit());
        StepCheck.ExpectCount(measured.Reads - reads, 0, "file reads after an unrelated C# edit");
        StepCheck.ExpectCount(StepCheck.Reemitted(warm, unrelated), 0, "sources re-emitted after an unrelated C# edit");
        Console.Error.WriteLine("sanity: tracked steps at " + TrackedEntries + " entries and read/output counts at " + measured.Content.Count + " entries agree: one edit re-parses and re-emits one file; an unrelated C# edit re-parses and re-emits nothing.");
    }
}
