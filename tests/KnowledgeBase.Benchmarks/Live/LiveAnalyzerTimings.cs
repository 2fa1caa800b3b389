using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeBase.Benchmarks.Timing;
using KnowledgeBase.Generator.LiveDiagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Benchmarks.Live;

/// <summary>
/// The live analyzer as an IDE runs it (<c>CompilationWithAnalyzers</c>, a new compilation per edit): its cold first
/// run, then an unrelated C# edit and one YAML edit with the driver it kept, against the old behaviour (a cold
/// generator run per compilation: the same analyzer with nothing kept) in the same process. Wall time of the whole
/// analysis call and the process's CPU time during it (on a machine shared with other work, CPU time is the
/// steadier of the two), medians; allocations and GC pauses of the process during each call.
/// </summary>
internal static class LiveAnalyzerTimings
{
    private const double UnrelatedTarget = 20;
    private const double YamlTarget = 60;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(3);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One scenario repeated (<c>live-repeat yaml|unrelated N RUNS</c>), for a profiler: no checks, no other rows.</summary>
    public static int Repeat(string scenario, int entries, int runs)
    {
        var workload = LiveWorkload.Create(entries);
        var analyzer = Fresh();
        LiveWorkload.Analyze(analyzer, workload.Compilation, workload.Options);
        Func<object> run = scenario == "yaml"
            ? () => LiveWorkload.Analyze(analyzer, workload.Compilation.Clone(), workload.YamlEdit())
            : () => LiveWorkload.Analyze(analyzer, workload.UnrelatedEdit(), workload.Options);
        Print(scenario, entries, Measure(runs, warmups: 3, run));
        return 0;
    }

    public static int Run(int entries, int runs)
    {
        var workload = LiveWorkload.Create(entries);
        Check(workload);
        var coldRuns = Math.Max(3, runs / 4);

        Console.WriteLine("| Scenario | Entries | Runs | Median ms | Min ms | CPU ms (median) | Allocated MB (median) | GC pauses ms (median) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var cold = Measure(coldRuns, warmups: 1, () => LiveWorkload.Analyze(Fresh(), workload.UnrelatedEdit(), workload.Options));
        Print("first run (no driver kept yet)", entries, cold);

        var analyzer = Fresh();
        LiveWorkload.Analyze(analyzer, workload.Compilation, workload.Options);
        // The unrelated edit in turns with an analyzer that does nothing: Roslyn's own cost at that moment, its floor.
        var startOnly = new EmptyLiveAnalyzer(perFile: false);
        var inTurns = MeasureInTurns(
            runs,
            warmups: 3,
            () => LiveWorkload.Analyze(analyzer, workload.UnrelatedEdit(), workload.Options),
            () => LiveWorkload.Analyze(startOnly, workload.UnrelatedEdit(), workload.Options));
        var (unrelated, floor) = (inTurns[0], inTurns[1]);
        Print("unrelated C# edit, kept driver", entries, unrelated);
        var yamlInTurns = MeasureInTurns(
            runs,
            warmups: 3,
            () => LiveWorkload.Analyze(analyzer, workload.Compilation.Clone(), workload.YamlEdit()),
            () => LiveWorkload.Analyze(startOnly, workload.Compilation.Clone(), workload.YamlEdit()));
        var (yaml, editFloor) = (yamlInTurns[0], yamlInTurns[1]);
        Print("one YAML edit, kept driver", entries, yaml);
        // With an error somewhere, every content file gets its per-file action called: Roslyn's cost, shown apart.
        var withError = workload.YamlEdit(Broken(workload));
        LiveWorkload.Analyze(analyzer, workload.Compilation.Clone(), withError);
        var unrelatedWithError = Measure(runs, warmups: 3, () => LiveWorkload.Analyze(analyzer, workload.UnrelatedEdit(), withError));
        Print("unrelated C# edit, kept driver, one content error present", entries, unrelatedWithError);
        var openFile = Measure(runs, warmups: 3, () => LiveWorkload.AnalyzeFile(analyzer, workload.Compilation.Clone(), workload.YamlEdit(), workload.EditedPath));
        Print("one YAML edit, kept driver, the edited file's analysis only", entries, openFile);

        // Where the kept driver's unrelated edit goes: Roslyn's analyzer driver alone, and the generator re-run alone.
        Print("floor: an analyzer whose compilation-start action does nothing, unrelated C# edit (in turns with the kept driver's)", entries, floor);
        var perFile = new EmptyLiveAnalyzer(perFile: true);
        var perFileFloor = Measure(runs, warmups: 3, () => LiveWorkload.Analyze(perFile, workload.UnrelatedEdit(), workload.Options));
        Print("floor: the same with a per-file action doing nothing (as when an error is present)", entries, perFileFloor);
        var strip = Measure(runs, warmups: 3, () => LiveContentDiagnosticsAnalyzer.WithoutOwnOutput((CSharpCompilation)workload.UnrelatedEdit()));
        Print("part: removing the generated sources from the compilation, unrelated C# edit", entries, strip);
        var driver = new ProjectDriver();
        var texts = workload.Generator.Texts;
        var options = workload.Options.AnalyzerConfigOptionsProvider;
        driver.Run(LiveContentDiagnosticsAnalyzer.WithoutOwnOutput((CSharpCompilation)workload.Compilation), texts, options, default);
        var rerun = Measure(runs, warmups: 3, () => driver.Run(LiveContentDiagnosticsAnalyzer.WithoutOwnOutput((CSharpCompilation)workload.UnrelatedEdit()), texts, options, default));
        Print("part: removing them and re-running the kept driver, unrelated C# edit", entries, rerun);
        var editRerun = Measure(runs, warmups: 3, () => driver.Run(LiveContentDiagnosticsAnalyzer.WithoutOwnOutput((CSharpCompilation)workload.Compilation.Clone()), [.. workload.YamlEdit().AdditionalFiles.SkipLast(1)], options, default));
        Print("part: removing them and re-running the kept driver, one YAML edit", entries, editRerun);
        Print("floor: the analyzer doing nothing at compilation start, one YAML edit (in turns with the kept driver's)", entries, editFloor);
        var plain = Measure(runs, warmups: 3, () => driver.Run(workload.Generator.WithUnrelatedEdit(workload.Version()), texts, options, default));
        Print("part: re-running the kept driver on a compilation that never had them, unrelated C# edit", entries, plain);

        var oldUnrelated = Measure(coldRuns, warmups: 1, () => LiveWorkload.Analyze(Fresh(), workload.UnrelatedEdit(), workload.Options));
        Print("old: unrelated C# edit, cold generator run", entries, oldUnrelated);
        var oldYaml = Measure(coldRuns, warmups: 1, () => LiveWorkload.Analyze(Fresh(), workload.Compilation.Clone(), workload.YamlEdit()));
        Print("old: one YAML edit, cold generator run", entries, oldYaml);

        Console.WriteLine();
        Console.WriteLine(Verdict("unrelated C# edit", unrelated, UnrelatedTarget, oldUnrelated));
        Console.WriteLine(Verdict("one YAML edit", yaml, YamlTarget, oldYaml));
        Console.WriteLine(string.Format(
            Invariant,
            "beside Roslyn's floor in the same turns: unrelated C# edit {0:0.0} against {1:0.0} ms, one YAML edit {2:0.0} against {3:0.0} ms",
            unrelated.Median,
            floor.Median,
            yaml.Median,
            editFloor.Median));
        Console.WriteLine("load average over the last minute at the end: " + LoadAverage());
        Console.WriteLine("heap kept by one project's driver: " + (Retained(workload) / 1048576.0).ToString("0", Invariant) + " MB");
        return 0;
    }

    /// <summary>An analyzer with no driver kept: what every compilation got before drivers were kept.</summary>
    private static LiveContentDiagnosticsAnalyzer Fresh() => new(new ProjectDriverCache(capacity: 1));

    /// <summary>
    /// Before timing anything: the kept driver sees each edit (an error added to one file is reported there and
    /// nowhere else, exactly as a cold run reports it, and is gone once the edit is undone), and does no more work
    /// than the edit needs (no content file read after a C# edit, one after a YAML edit).
    /// </summary>
    private static void Check(LiveWorkload workload)
    {
        var analyzer = Fresh();
        Expect(LiveWorkload.Analyze(analyzer, workload.Compilation, workload.Options).IsEmpty, "the first run reports nothing on clean content");

        var reads = workload.Generator.Reads;
        Expect(LiveWorkload.Analyze(analyzer, workload.UnrelatedEdit(), workload.Options).IsEmpty, "an unrelated edit reports nothing");
        Expect(workload.Generator.Reads == reads, "an unrelated edit reads no content file");

        var broken = workload.YamlEdit(Broken(workload));
        reads = workload.Generator.Reads;
        var warm = LiveWorkload.Analyze(analyzer, workload.Compilation.Clone(), broken).Select(Describe).ToList();
        Expect(workload.Generator.Reads == reads, "a YAML edit reads no unedited file");
        var coldRun = LiveWorkload.Analyze(Fresh(), workload.Compilation.Clone(), broken).Select(Describe).ToList();
        Expect(warm.Count == 1 && warm[0].StartsWith(workload.EditedPath, StringComparison.Ordinal) && warm[0].Contains("KB0004", StringComparison.Ordinal), "the broken file's KB0004 is reported: " + string.Join("; ", warm));
        Expect(warm.SequenceEqual(coldRun), "the kept driver reports what a cold run reports");
        Expect(LiveWorkload.Analyze(analyzer, workload.Compilation.Clone(), workload.Options).IsEmpty, "undoing the edit clears the error");
        Console.Error.WriteLine("sanity: the kept driver reports each edit's diagnostics as a cold run does, reads no file after a C# edit and only the edited one after a YAML edit.");
    }

    /// <summary>How busy the machine was (Linux), since other work shares it and wall times depend on that.</summary>
    private static string LoadAverage() =>
        System.IO.File.Exists("/proc/loadavg") ? System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>The edited file with a key the schema does not have: one KB0004.</summary>
    private static string Broken(LiveWorkload workload) =>
        "nickname: x\n" + workload.Generator.Texts.First(text => text.Path == workload.EditedPath).GetText()!;

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("live analyzer sanity check failed: " + what);
        }
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Location.GetLineSpan() + " " + diagnostic.Id + " " + diagnostic.GetMessage(Invariant);

    /// <summary>The heap one kept driver holds on to (its last run's state and the compilation it ran over).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Retained(LiveWorkload workload)
    {
        var compilation = workload.UnrelatedEdit();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var analyzer = Fresh();
        LiveWorkload.Analyze(analyzer, compilation, workload.Options);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(analyzer);
        GC.KeepAlive(compilation);
        return after - before;
    }

    private static Sample Measure(int runs, int warmups, Func<object> run) => MeasureInTurns(runs, warmups, run)[0];

    /// <summary>
    /// Runs each scenario once per turn, <paramref name="runs"/> turns: a slow moment of a shared machine (the
    /// collector finishing a cold run's garbage, the JIT's background tier) then falls on all of them alike.
    /// </summary>
    private static Sample[] MeasureInTurns(int runs, int warmups, params Func<object>[] scenarios)
    {
        // Cheap scenarios warm up for at least three seconds too: after a cold run the JIT's background tier and the
        // collector keep a core busy for a while (CPU time twice wall time), which slowed whichever rows came first.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; i < warmups || (warmups > 1 && warmup.Elapsed < WarmupTime); i++)
        {
            foreach (var scenario in scenarios)
            {
                scenario();
            }
        }

        var recorders = scenarios.Select(_ => new Recorder()).ToArray();
        for (var i = 0; i < runs; i++)
        {
            for (var j = 0; j < scenarios.Length; j++)
            {
                recorders[j].Record(scenarios[j]);
            }
        }

        Console.Error.WriteLine(string.Join(" | ", recorders.Select(recorder => string.Join(" ", recorder.Times.Select(time => time.ToString("0.0", Invariant))))));
        return [.. recorders.Select(recorder => recorder.Sample())];
    }

    private static void Print(string scenario, int entries, Sample sample) =>
        Console.WriteLine(string.Format(
            Invariant,
            "| {0} | {1:N0} | {2} | {3:0.0} | {4:0.0} | {5:0.0} | {6:0.0} | {7:0.0} |",
            scenario,
            entries,
            sample.Runs,
            sample.Median,
            sample.Min,
            sample.CpuMilliseconds,
            sample.AllocatedMegabytes,
            sample.GcPauseMilliseconds));

    private static string Verdict(string scenario, Sample sample, double target, Sample old) =>
        string.Format(
            Invariant,
            "{0}: {1:0.0} ms wall, {2:0.0} ms CPU, against a target of {3:0} ms: {4}; {5:0}x faster than a cold generator run ({6:0} ms wall, {7:0} ms CPU)",
            scenario,
            sample.Median,
            sample.CpuMilliseconds,
            target,
            sample.Median <= target ? "held" : sample.CpuMilliseconds <= target ? "missed in wall time, held in CPU time" : "missed",
            old.Median / sample.Median,
            old.Median,
            old.CpuMilliseconds);

    private sealed record Sample(int Runs, double Median, double Min, double CpuMilliseconds, double AllocatedMegabytes, double GcPauseMilliseconds);

    /// <summary>One scenario's runs: wall and CPU time, allocations and GC pauses of each.</summary>
    private sealed class Recorder
    {
        private readonly List<double> cpuTimes = [];
        private readonly List<double> allocations = [];
        private readonly List<double> pauses = [];

        public List<double> Times { get; } = [];

        public void Record(Func<object> run)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var paused = GC.GetTotalPauseDuration();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            Times.Add(clock.Elapsed.TotalMilliseconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            allocations.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
            pauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        }

        public Sample Sample() =>
            new(Times.Count, Statistics.Median(Times), Times.Min(), Statistics.Median(cpuTimes), Statistics.Median(allocations), Statistics.Median(pauses));
    }
}
