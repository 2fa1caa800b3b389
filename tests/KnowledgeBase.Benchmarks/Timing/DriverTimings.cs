using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Benchmarks.Driver;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// The generator's own clock: <see cref="GeneratorDriver.GetTimingInfo"/> after each run, repeated, median
/// reported. Complements BenchmarkDotNet (which times the whole driver call) with the number the compiler
/// itself reports for the generator (-p:ReportAnalyzer=true shows the same figure in a build).
/// </summary>
internal static class DriverTimings
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(IReadOnlyList<int> sizes, int editSize, int repeat)
    {
        Console.WriteLine("| Scenario | Entries | Runs | Median ms | Min ms | ms per 1,000 entries | Allocated MB (median) | GC pauses ms (median) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double? coldAtEditSize = null;
        foreach (var size in sizes)
        {
            var workload = GeneratorWorkload.Create(size);
            StepCheck.ExpectClean(workload.NewDriver().RunGenerators(workload.Compilation).GetRunResult(), workload.Content.Count);
            var cold = Measure(Runs(repeat, size), () => workload.NewDriver().RunGenerators(workload.Compilation.Clone()));
            Print("cold run (no cached state)", workload.Content.Count, cold);
            if (size == editSize)
            {
                coldAtEditSize = cold.Median;
            }
        }

        var edits = GeneratorWorkload.Create(editSize);
        var warm = edits.NewDriver().RunGenerators(edits.Compilation);
        var (before, after) = edits.EditOfOneFile();
        Sanity.Check(edits);

        var edit = Measure(repeat * 3, () => warm.ReplaceAdditionalText(before, after).RunGenerators(edits.Compilation));
        Print("edit one content file", edits.Content.Count, edit);
        var version = 0;
        var unrelated = Measure(repeat * 3, () => warm.RunGenerators(edits.WithUnrelatedEdit(++version)));
        Print("unrelated .cs edit", edits.Content.Count, unrelated);

        if (coldAtEditSize is { } baseline)
        {
            Console.WriteLine();
            Console.WriteLine("edit one file / cold run at " + editSize.ToString("N0", Invariant) + " entries: "
                + (100 * edit.Median / baseline).ToString("0.00", Invariant) + "%");
        }

        return 0;
    }

    /// <summary>One scenario repeated, for a profiler: its timings and the collections it caused, nothing else.</summary>
    public static int Repeat(string scenario, int entries, int runs)
    {
        var (count, run) = Scenario(scenario, entries);
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var paused = GC.GetTotalPauseDuration();
        var sample = Measure(runs, run);
        Print(scenario, count, sample);

        // How much of it was the garbage collector (warm-up runs included): what a profile shows as PollGC.
        Console.WriteLine(string.Format(
            Invariant,
            "GCs gen0/gen1/gen2: {0}/{1}/{2}; GC pauses {3:0} ms in all",
            GC.CollectionCount(0) - collections[0],
            GC.CollectionCount(1) - collections[1],
            GC.CollectionCount(2) - collections[2],
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
        return 0;
    }

    /// <summary>
    /// What one run of a scenario leaves alive in the driver (what the collections of the next run copy or mark
    /// again), then which types <paramref name="runs"/> runs allocate, by the runtime's allocation sampling. Apart
    /// from <see cref="Repeat"/>, whose runs a profiler records: the sampling's listener would be in its profile.
    /// </summary>
    public static int Allocations(string scenario, int entries, int runs)
    {
        var (_, run) = Scenario(scenario, entries);
        run();
        Console.WriteLine(string.Format(Invariant, "held by the driver after one run: {0:0.0} MB", HeldMemory.Of(run) / 1048576.0));

        using var sampler = new AllocationSampler();
        sampler.Recording = true;
        for (var i = 0; i < runs; i++)
        {
            run();
        }

        sampler.Recording = false;
        sampler.Print(runs, top: 30);
        return 0;
    }

    /// <summary>A scenario's run over a workload of <paramref name="entries"/>, and how many entries that workload holds.</summary>
    private static (int Entries, Func<GeneratorDriver> Run) Scenario(string scenario, int entries)
    {
        var workload = GeneratorWorkload.Create(entries);
        var warm = workload.NewDriver().RunGenerators(workload.Compilation);
        var (before, after) = workload.EditOfOneFile();
        var version = 0;
        Func<GeneratorDriver> run = scenario switch
        {
            "edit" => () => warm.ReplaceAdditionalText(before, after).RunGenerators(workload.Compilation),
            "unrelated" => () => warm.RunGenerators(workload.WithUnrelatedEdit(++version)),
            _ => () => workload.NewDriver().RunGenerators(workload.Compilation.Clone()),
        };
        return (workload.Content.Count, run);
    }

    private static int Runs(int repeat, int size) => Math.Max(3, size >= 50_000 ? repeat / 4 : size >= 10_000 ? repeat / 2 : repeat);

    /// <summary>Warms up, then runs <paramref name="runs"/> times: the driver's own time, allocations and GC pauses, medians.</summary>
    internal static Sample Measure(int runs, Func<GeneratorDriver> run)
    {
        // Warm up for at least three runs and two seconds, so tiered JIT has optimised the hot paths.
        var warmup = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3 || warmup.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            run();
        }

        var times = new List<double>();
        var allocations = new List<double>();
        var pauses = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var driver = run();
            allocations.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0);
            pauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
            times.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            Console.Error.Write(times[^1].ToString("0.0 ", Invariant));
        }

        Console.Error.WriteLine();
        return new Sample(runs, Statistics.Median(times), times.Min(), Statistics.Median(allocations), Statistics.Median(pauses));
    }

    private static void Print(string scenario, int entries, Sample sample) =>
        Console.WriteLine(string.Format(
            Invariant,
            "| {0} | {1:N0} | {2} | {3:0.00} | {4:0.00} | {5:0.00} | {6:0.0} | {7:0.0} |",
            scenario,
            entries,
            sample.Runs,
            sample.Median,
            sample.Min,
            sample.Median * 1000 / entries,
            sample.AllocatedMegabytes,
            sample.GcPauseMilliseconds));

    internal sealed record Sample(int Runs, double Median, double Min, double AllocatedMegabytes, double GcPauseMilliseconds);
}
