using System.Collections.Immutable;
using System.IO;
using System.Linq;
using KnowledgeBase.Generator;
using KnowledgeBase.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// Generators that do a fraction of the real one's work over the same additional texts, so a cold run can be
/// split into what Roslyn costs for N files, what YamlDotNet costs to parse them, and what is left: ours.
/// </summary>
internal static class FloorGenerators
{
    /// <summary>Touches each file's path only: the driver's own cost for one per-file step and one output.</summary>
    internal sealed class PathsOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (text, _) => text.Path), static (_, _) => { });
    }

    /// <summary>
    /// Touches each file's path, collects the paths (what any generator with an index over every file needs) and
    /// reports per file: the driver's own cost for the shape of the real pipeline, without its work.
    /// </summary>
    internal sealed class PathsCollected : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var paths = context.AdditionalTextsProvider.Select(static (text, _) => text.Path);
            var count = paths.Collect().Select(static (all, _) => all.Length);
            context.RegisterSourceOutput(paths.Combine(count), static (_, _) => { });
        }
    }

    /// <summary>
    /// The real pipeline's shape with trivial work: a value from the compilation combined into a per-file step, one
    /// collect, values from it combined back into a per-file step, outputs per file and per value, and
    /// <paramref name="files"/> generated sources of <paramref name="characters"/> characters each from the collect
    /// (the real generator emits 48 entry files of about 260 KB at 10,000 entries; 384 of about 60 KB before 8 files
    /// per collection). Tells the driver's cost of the shape, and of the generated files, on an edit that leaves every
    /// step cached.
    /// </summary>
    internal sealed class PipelineShape(int files, int characters) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var fileCount = files;
            var text = "// " + new string('x', characters);
            var assembly = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty);
            var bound = context.AdditionalTextsProvider
                .SelectMany(static (file, _) => ImmutableArray.Create(file.Path))
                .Combine(assembly)
                .Select(static (pair, _) => pair.Left + pair.Right);
            var all = bound.Collect();
            var count = all.Select(static (paths, _) => paths.Length);
            var first = all.Select(static (paths, _) => paths.IsEmpty ? string.Empty : paths[0]);
            var checks = bound.Combine(count.Combine(first)).Select(static (pair, _) => pair.Left.Length + pair.Right.Left);
            context.RegisterSourceOutput(checks, static (_, _) => { });
            context.RegisterSourceOutput(count, static (_, _) => { });
            context.RegisterSourceOutput(first, static (_, _) => { });
            var generated = all.SelectMany((_, _) => ImmutableArray.CreateRange(Enumerable.Range(0, fileCount)));
            context.RegisterSourceOutput(generated, (output, number) => output.AddSource("File" + number + ".g.cs", text));
        }
    }

    /// <summary>What the schema depends on, taken from the compilation: the schema step's cost on a C# edit that leaves the schema alone.</summary>
    internal sealed class SchemaSourcesOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.CompilationProvider.Select(static (compilation, cancellationToken) => SchemaSources.PartsOf(compilation, cancellationToken)),
                static (_, _) => { });
    }

    /// <summary>The real generator's schema steps alone: the sources on every compilation, the read when they changed.</summary>
    internal sealed class SchemaOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(SchemaSteps.Create(context), static (_, _) => { });
    }

    /// <summary>Reads each file and runs YamlDotNet's event parser over it, keeping only the event count.</summary>
    internal sealed class YamlEventsOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (text, cancellationToken) => CountEvents(text, cancellationToken)), static (_, _) => { });

        private static int CountEvents(AdditionalText text, System.Threading.CancellationToken cancellationToken)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text.GetText(cancellationToken)!.ToString()));
            var events = 0;
            while (parser.MoveNext())
            {
                events++;
            }

            return events;
        }
    }
}
