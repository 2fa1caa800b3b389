using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using KnowledgeBase.Benchmarks.Content;
using KnowledgeBase.Benchmarks.Timing;

namespace KnowledgeBase.Benchmarks;

/// <summary>
/// <c>content N DIR [--single FOLDER]</c> writes N synthetic entries below DIR (used by tests/perf/*.sh), with
/// <c>--single</c> all N in one collection (and a few in each other, so references resolve);
/// <c>probe N DIR</c> writes the floor probe's C# files for N entries into DIR (<see cref="Floor.ProbeProject"/>);
/// <c>timing [SIZES] [REPEAT]</c> prints the generator's own timings (GetTimingInfo);
/// <c>repeat cold|edit|unrelated [ENTRIES] [RUNS]</c> repeats one scenario, for a profiler;
/// <c>allocations cold|edit|unrelated [ENTRIES] [RUNS]</c> prints what one run leaves alive in the driver and which types the runs allocate;
/// <c>stages [ENTRIES]</c> splits a cold run into parse, bind and emit, and says what the trees and bound entries hold;
/// <c>floor [ENTRIES] [RUNS]</c> times a cold run against generators doing only Roslyn's or YamlDotNet's part of it;
/// <c>live [ENTRIES] [RUNS]</c> times the live-diagnostics analyzer after a C# and a YAML edit, against a cold run per compilation;
/// <c>live-repeat yaml|unrelated ENTRIES RUNS</c> repeats one of its scenarios, for a profiler;
/// <c>assembly DLL</c> prints a compiled knowledge base's string heap use and largest method;
/// anything else goes to BenchmarkDotNet (<c>--filter '*Generator*'</c>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "content")
        {
            return WriteContent(args);
        }

        if (args.Length > 0 && args[0] == "probe")
        {
            return Floor.ProbeProject.Run(args);
        }

        if (args.Length > 0 && args[0] == "timing")
        {
            var sizes = args.Length > 1 ? args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
            var repeat = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
            return DriverTimings.Run(sizes, editSize: 10_000, repeat);
        }

        if (args.Length == 2 && args[0] == "assembly")
        {
            return Inspect.AssemblyFacts.Print(args[1]);
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
            return StageTimings.Run(entries, rounds: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9);
        }

        if (args.Length > 0 && args[0] == "floor")
        {
            var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            return DriverFloor.Run(entries, runs: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
        }

        if (args.Length > 0 && args[0] == "live")
        {
            var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            return Live.LiveAnalyzerTimings.Run(entries, runs: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21);
        }

        if (args.Length == 4 && args[0] == "live-repeat")
        {
            return Live.LiveAnalyzerTimings.Repeat(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] is "repeat" or "allocations")
        {
            // For profilers (dotnet-trace, perf, valgrind) and memory: one scenario only, no sanity checks.
            var scenario = args.Length > 1 ? args[1] : "cold";
            var entries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
            var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
            return args[0] == "repeat" ? DriverTimings.Repeat(scenario, entries, runs) : DriverTimings.Allocations(scenario, entries, runs);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int WriteContent(string[] args)
    {
        var single = args.Length == 5 && args[3] == "--single" ? args[4] : null;
        if ((args.Length != 3 && single is null) || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: content <entries> <directory> [--single <folder>]");
            return 2;
        }

        var root = Path.GetFullPath(args[2]);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            Console.Error.WriteLine("refusing to write into a non-empty directory: " + root);
            return 2;
        }

        var content = SyntheticContent.Create(count, single: single);
        content.WriteTo(root);

        // Beside the content, not in it: what the time-to-first-fact programs look up and must print.
        File.WriteAllText(Path.Combine(root, "..", Path.GetFileName(root) + ".probe"), content.ProbeId + "\n" + content.ProbeTitle + "\n");
        Console.WriteLine(content.Count.ToString(CultureInfo.InvariantCulture) + " entries written to " + root);
        return 0;
    }
}
