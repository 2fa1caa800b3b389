using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Benchmarks.Driver;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// A cold run of the real generator next to generators doing only part of its work (<see cref="FloorGenerators"/>),
/// on the same content and driver: how much of the cold time is Roslyn's, YamlDotNet's, and ours.
/// </summary>
internal static class DriverFloor
{
    public static int Run(int entries, int runs)
    {
        var workload = GeneratorWorkload.Create(entries);
        Console.WriteLine("| Generator (" + entries.ToString("N0", CultureInfo.InvariantCulture) + " entries) | Cold run, median ms | ms per 1,000 entries | Allocated MB | GC pauses ms | Unrelated .cs edit, median ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Report("Roslyn alone: one step reading each path", workload, new FloorGenerators.PathsOnly(), runs);
        Report("Roslyn alone: each path, collected, one output per file", workload, new FloorGenerators.PathsCollected(), runs);
        Report("The pipeline's shape, no work, no generated files", workload, new FloorGenerators.PipelineShape(0, 0), runs);
        Report("The pipeline's shape, 384 generated files of 60 KB (64 a collection)", workload, new FloorGenerators.PipelineShape(384, 60_000), runs);
        Report("The pipeline's shape, the same text in 48 files (8 a collection, as ours)", workload, new FloorGenerators.PipelineShape(48, 480_000), runs);
        Report("The pipeline's shape, the same text in 24 files", workload, new FloorGenerators.PipelineShape(24, 960_000), runs);
        Report("The schema's sources alone (no reading)", workload, new FloorGenerators.SchemaSourcesOnly(), runs);
        Report("The schema step alone (C# records to schema model)", workload, new FloorGenerators.SchemaOnly(), runs);
        Report("YamlDotNet's event parser over each file", workload, new FloorGenerators.YamlEventsOnly(), runs);
        Report("KnowledgeBaseGenerator", workload, new KnowledgeBaseGenerator(), runs);
        return 0;
    }

    private static void Report(string name, GeneratorWorkload workload, IIncrementalGenerator generator, int runs)
    {
        GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            workload.Texts,
            (CSharpParseOptions)workload.Compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        var cold = DriverTimings.Measure(runs, () => NewDriver().RunGenerators(workload.Compilation.Clone()));

        // The same driver, warm, after an edit to a C# file that no step reads (a new compilation each time).
        var warm = NewDriver().RunGenerators(workload.Compilation);
        var version = 0;
        var unrelated = DriverTimings.Measure(runs * 10, () => warm.RunGenerators(workload.WithUnrelatedEdit(++version)));

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "| {0} | {1:0.0} | {2:0.00} | {3:0.0} | {4:0.0} | {5:0.00} |",
            name,
            cold.Median,
            cold.Median * 1000 / workload.Content.Count,
            cold.AllocatedMegabytes,
            cold.GcPauseMilliseconds,
            unrelated.Median));
    }
}
