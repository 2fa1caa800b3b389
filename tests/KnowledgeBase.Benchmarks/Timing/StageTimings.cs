using System;
using KnowledgeBase.Generator.Pipeline;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using KnowledgeBase.Benchmarks.Driver;
using KnowledgeBase.Generator;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// Where a cold run's time and allocations go: the per-file stages (parse, bind, emit) called directly on
/// every file, JIT-warm, against the whole driver run. What is left is the driver's own bookkeeping and the
/// collection-wide steps (index, rules, references, collection files).
/// </summary>
internal static class StageTimings
{
    public static int Run(int entries, int rounds)
    {
        var workload = GeneratorWorkload.Create(entries);
        var schema = SchemaOf(workload);
        var texts = workload.Texts;
        var parsed = texts.Select(text => ContentFileReader.Read(text, CancellationToken.None)).ToArray();
        var bound = parsed.Select(file => FailureContainment.Bind(file, schema, CancellationToken.None)).ToArray();

        Console.WriteLine("| Stage | ms per 1,000 entries (median of " + rounds + ") | KB allocated per entry |");
        Console.WriteLine("| --- | ---: | ---: |");
        Report("YamlDotNet parser alone (lower bound of parse)", entries, rounds, () =>
        {
            foreach (var text in texts)
            {
                var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(text.GetText()!.ToString()));
                while (parser.MoveNext())
                {
                }
            }
        });
        Report("parse (YAML to tree)", entries, rounds, () =>
        {
            foreach (var text in texts)
            {
                ContentFileReader.Read(text, CancellationToken.None);
            }
        });
        Report("bind (tree to value, rules)", entries, rounds, () =>
        {
            foreach (var file in parsed)
            {
                FailureContainment.Bind(file, schema, CancellationToken.None);
            }
        });
        // Where each collection declares its entries, looked up here rather than per entry: the emitter has it from its file.
        var declarations = schema.Collections.ToDictionary(collection => collection.TypeName, EntryDeclaration.Of, StringComparer.Ordinal);
        Report("emit (values to data and members)", entries, rounds, () =>
        {
            var writer = new IndentedWriter();
            foreach (var entry in bound.Where(entry => entry.Identifier is not null && entry.Value is not null))
            {
                var code = EntryEmitter.Code(entry, schema)!;
                writer = new IndentedWriter(EntryEmitter.MemberDepth(entry.Namespace));
                EntryEmitter.WriteMember(writer, new PlacedEntry(entry, code, 0), 0, declarations[entry.CollectionType!]);
                DataWriter.WriteLiteral(writer, [code.Data!]);
            }
        });
        // The driver keeps each file's summary: the same per-file work with its results dropped and kept shows what
        // keeping them costs the garbage collector (a collection copies what survives it).
        Report("per-file step (parse, bind, code, summary), results dropped", entries, rounds, () =>
        {
            foreach (var text in texts)
            {
                Summarize(text, schema);
            }
        });
        Report("per-file step, results kept as the driver keeps them", entries, rounds, () =>
        {
            var kept = new EntrySummary[texts.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = Summarize(texts[i], schema);
            }

            GC.KeepAlive(kept);
        });
        Report("whole driver run", entries, rounds, () => workload.NewDriver().RunGenerators(workload.Compilation.Clone()));

        // Not in that run: Roslyn's driver parses the generated files lazily (4.8 here, and 5.9 in the SDK calls
        // ParseTextLazy too), so the compiler parses them when it first needs them. What the emitted C# costs to parse,
        // in the documentation mode of a build that writes its XML documentation file.
        var generated = workload.NewDriver().RunGenerators(workload.Compilation.Clone()).GetRunResult().GeneratedTrees
            .Select(tree => (Text: tree.GetText(), tree.FilePath)).ToArray();
        var documented = GeneratorWorkload.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        Report("Roslyn parsing the generated files (not in the driver run)", entries, rounds, () =>
        {
            foreach (var (text, path) in generated)
            {
                CSharpSyntaxTree.ParseText(text, documented, path);
            }
        });
        var characters = generated.Sum(file => (long)file.Text.Length);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generated: {generated.Length} files, {characters / 1024.0 / 1024.0:0.0} M characters ({characters / (double)entries:0} an entry)"));

        // What each stage's output keeps alive (the driver holds all of them): a GC of a cold run copies what survives.
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "held per entry: tree {0:0.0} KB, bound entry beside it {1:0.0} KB, the summary the driver keeps {2:0.00} KB",
            HeldMemory.Of(() => texts.Select(text => ContentFileReader.Read(text, CancellationToken.None)).ToArray()) / 1024.0 / entries,
            HeldMemory.Of(() => parsed.Select(file => FailureContainment.Bind(file, schema, CancellationToken.None)).ToArray()) / 1024.0 / entries,
            HeldMemory.Of(() => texts.Select(text => Summarize(text, schema)).ToArray()) / 1024.0 / entries));

        // The entries each collection can hold (KB0043), derived from its record's method slots.
        Console.WriteLine("entry limits: " + string.Join(", ", schema.Collections.Select(collection => collection.Folder + " " + collection.EntryLimit.ToString("N0", CultureInfo.InvariantCulture))));

        // How much of the data budget (KB0045) this content spends, by its upper bound: it must stay under at 100,000.
        var spent = bound.Select(entry => KnowledgeBase.Generator.Checks.EntryText.Of(entry, CancellationToken.None)?.Bytes ?? 0).Sum();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"data budget spent (upper bound): {spent:N0} of {ContentLimits.MaxDataBytes:N0} bytes ({(double)spent / entries:0.0} an entry)"));
        return 0;
    }

    private static EntrySummary Summarize(AdditionalText text, SchemaModel schema) =>
        KnowledgeBaseGenerator.Summarize(ContentFileReader.Read(text, CancellationToken.None), schema, writesCode: true, CancellationToken.None);

    /// <summary>The schema model the pipeline builds, taken from a tracked run over a few entries.</summary>
    private static SchemaModel SchemaOf(GeneratorWorkload workload)
    {
        var driver = workload.NewDriver(trackSteps: true).RemoveAdditionalTexts(workload.Texts).RunGenerators(workload.Compilation);
        return (SchemaModel)driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value;
    }

    private static void Report(string stage, int entries, int rounds, Action run)
    {
        run();
        var times = new double[rounds];
        var allocated = 0L;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            run();
            times[i] = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(times);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "| {0} | {1:0.0} | {2:0.0} |",
            stage,
            times[rounds / 2] * 1000 / entries,
            allocated / 1024.0 / entries));
    }
}
