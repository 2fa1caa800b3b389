using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.LiveDiagnostics;

/// <summary>
/// One project's generator driver, kept between the compilations the analyzer sees, so each analysis is an
/// incremental re-run: the generator's own caching then re-parses only edited files and skips every content step
/// on a C# edit that leaves the schema alone.
/// <para>
/// Every run hands the driver the whole of its inputs (compilation, content files, parse and config options), so
/// its result never depends on which compilation it saw before: a driver shared by two projects is slower, never
/// wrong. Runs are serialised per project; the driver is immutable, so a cancelled run leaves the last good one.
/// </para>
/// <para>
/// The generator reads nothing of a compilation but its schema's sources (<see cref="SchemaSources"/>), so when
/// those, the content files and the options are the last run's, so are its diagnostics, and the driver is not run
/// at all: an unrelated C# edit then costs a look-up of the sources, not a walk of every cached step.
/// </para>
/// </summary>
internal sealed class ProjectDriver
{
    private readonly object gate = new();
    private GeneratorDriver? driver;

    // The content files in the driver's own order: Roslyn matches a re-run's files to the last run's by position
    // when their number is unchanged, so edits must keep that order rather than adopt the host's.
    private ImmutableArray<AdditionalText> texts = ImmutableArray<AdditionalText>.Empty;
    private AnalyzerConfigOptionsProvider? options;
    private CSharpParseOptions? parseOptions;
    private EquatableArray<string> schemaSources;
    private ImmutableArray<Diagnostic> diagnostics;

    /// <summary>How many times the generator actually ran, for tests of the skip.</summary>
    internal int GeneratorRuns { get; private set; }

    /// <summary>Runs the generator over <paramref name="compilation"/> and returns every diagnostic it reports.</summary>
    public ImmutableArray<Diagnostic> Run(
        CSharpCompilation compilation,
        ImmutableArray<AdditionalText> contentFiles,
        AnalyzerConfigOptionsProvider optionsProvider,
        CancellationToken cancellationToken)
    {
        var nextParseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var nextSources = SchemaSources.PartsOf(compilation, cancellationToken);
        lock (gate)
        {
            var sameDriver = driver is not null && nextParseOptions.Equals(parseOptions);
            var nextTexts = sameDriver ? InDriverOrder(texts, contentFiles) : contentFiles;
            if (sameDriver && nextTexts == texts && ReferenceEquals(options, optionsProvider) && nextSources.Equals(schemaSources))
            {
                return diagnostics;
            }

            GeneratorDriver next;
            if (!sameDriver)
            {
                // New parse options change how generated code parses: start afresh, as the compiler would.
                next = CSharpGeneratorDriver.Create(
                    [KnowledgeBaseGenerator.DiagnosticsOnly().AsSourceGenerator()],
                    contentFiles,
                    nextParseOptions,
                    optionsProvider,
                    new GeneratorDriverOptions(disabledOutputs: IncrementalGeneratorOutputKind.None));
            }
            else
            {
                next = driver!;
                if (nextTexts != texts)
                {
                    next = next.ReplaceAdditionalTexts(nextTexts);
                }

                if (!ReferenceEquals(options, optionsProvider))
                {
                    next = next.WithUpdatedAnalyzerConfigOptions(optionsProvider);
                }
            }

            next = next.RunGenerators(compilation, cancellationToken);
            GeneratorRuns++;
            driver = next;
            texts = nextTexts;
            options = optionsProvider;
            parseOptions = nextParseOptions;
            schemaSources = nextSources;
            diagnostics = next.GetRunResult().Diagnostics;
            return diagnostics;
        }
    }

    /// <summary>
    /// <paramref name="incoming"/> in the order of <paramref name="current"/>: a file replaced by one with its path
    /// takes its place, removed files drop out, new files go last. The same array when nothing changed.
    /// </summary>
    internal static ImmutableArray<AdditionalText> InDriverOrder(ImmutableArray<AdditionalText> current, ImmutableArray<AdditionalText> incoming)
    {
        if (SamePlaces(current, incoming, out var inPlace))
        {
            return inPlace;
        }

        // The driver tells files apart as Roslyn does: by the AdditionalText's own equality (reference by default).
        var kept = new HashSet<AdditionalText>(current);
        var added = incoming.Where(text => !kept.Contains(text)).ToList();
        var stillThere = new HashSet<AdditionalText>(incoming);
        if (added.Count == 0 && current.Length == incoming.Length && current.All(stillThere.Contains))
        {
            return current;
        }

        // A new file whose path a dropped file had is that file, edited: it keeps the dropped file's slot.
        var replacements = new Dictionary<string, AdditionalText>(System.StringComparer.Ordinal);
        foreach (var text in added.Where(text => !replacements.ContainsKey(text.Path)))
        {
            replacements.Add(text.Path, text);
        }

        var placed = new HashSet<AdditionalText>();
        var result = ImmutableArray.CreateBuilder<AdditionalText>(incoming.Length);
        foreach (var text in current)
        {
            if (stillThere.Contains(text))
            {
                result.Add(text);
            }
            else if (replacements.TryGetValue(text.Path, out var replacement) && placed.Add(replacement))
            {
                result.Add(replacement);
            }
        }

        result.AddRange(added.Where(text => !placed.Contains(text)));
        return result.ToImmutable();
    }

    /// <summary>
    /// The common case, without hashing 10,000 files: the host lists the same files in the same order, some of them
    /// edited (a new instance at the same path, in the same place).
    /// </summary>
    private static bool SamePlaces(ImmutableArray<AdditionalText> current, ImmutableArray<AdditionalText> incoming, out ImmutableArray<AdditionalText> result)
    {
        result = current;
        if (current.Length != incoming.Length)
        {
            return false;
        }

        var edited = false;
        for (var i = 0; i < current.Length; i++)
        {
            if (Equals(current[i], incoming[i]))
            {
                continue;
            }

            if (!string.Equals(current[i].Path, incoming[i].Path, System.StringComparison.Ordinal))
            {
                return false;
            }

            edited = true;
        }

        if (edited)
        {
            result = incoming;
        }

        return true;
    }
}
