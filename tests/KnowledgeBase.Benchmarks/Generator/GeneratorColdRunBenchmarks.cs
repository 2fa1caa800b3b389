using BenchmarkDotNet.Attributes;
using KnowledgeBase.Benchmarks.Driver;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Benchmarks.Generator;

/// <summary>
/// The generator's full run over all content with no cached state (first build, IDE load), JIT-warm:
/// the "per 1,000 entries" target is the 1,000-entry row, and the 10,000-entry row shows it stays linear.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorColdRunBenchmarks
{
    private GeneratorWorkload workload = null!;

    [Params(1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        workload = GeneratorWorkload.Create(Entries);
        StepCheck.ExpectClean(workload.NewDriver().RunGenerators(workload.Compilation).GetRunResult(), workload.Content.Count);
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => workload.NewDriver().RunGenerators(workload.Compilation.Clone());
}
