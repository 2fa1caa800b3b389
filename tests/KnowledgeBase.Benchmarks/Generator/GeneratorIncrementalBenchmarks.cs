using BenchmarkDotNet.Attributes;
using KnowledgeBase.Benchmarks.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Benchmarks.Generator;

/// <summary>
/// Re-runs over 10,000 entries, from a driver that has already run once (as in the IDE and the compiler
/// server): one content file edited, and one unrelated C# file added. The cold run is the baseline, so the
/// Ratio column is the "re-runs in at most 5% of a cold run".
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorIncrementalBenchmarks
{
    private const int Entries = 10_000;

    private GeneratorWorkload workload = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText before = null!;
    private AdditionalText after = null!;
    private CSharpCompilation unrelated = null!;

    [GlobalSetup]
    public void Setup()
    {
        workload = GeneratorWorkload.Create(Entries);
        warm = workload.NewDriver().RunGenerators(workload.Compilation);
        (before, after) = workload.EditOfOneFile();
        unrelated = workload.WithUnrelatedEdit();

        // Prove each benchmark does the work it claims, and no more, before timing it.
        Sanity.Check(workload);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => workload.NewDriver().RunGenerators(workload.Compilation.Clone());

    [Benchmark]
    public GeneratorDriver EditOneFile() => warm.ReplaceAdditionalText(before, after).RunGenerators(workload.Compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => warm.RunGenerators(unrelated);
}
