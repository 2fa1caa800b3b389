using System.Collections.Immutable;
using System.Linq;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Checks;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator;

/// <summary>
/// Compiles YAML content into typed C# entries. The schema (records marked <c>[Collection]</c>) and each
/// content file are read into equatable models in separate steps, so an edit to C# code that leaves the schema
/// as it was re-reads no YAML, and an edit to one YAML file re-parses and re-emits that file alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KnowledgeBaseGenerator : IIncrementalGenerator
{
    private readonly bool writesCode;

    /// <summary>The generator the compiler runs: the entries' code and every diagnostic.</summary>
    public KnowledgeBaseGenerator()
        : this(writesCode: true)
    {
    }

    private KnowledgeBaseGenerator(bool writesCode) => this.writesCode = writesCode;

    /// <summary>
    /// The generator for callers that keep only its diagnostics (<see cref="ContentCheck"/>, the live analyzer): it
    /// writes no entry's code and adds no source, so neither pays for code that is thrown away (about a third of a
    /// cold run) nor keeps it in its driver. Every diagnostic is the build's, but for a failure while writing an
    /// entry's code (KB0044, a generator bug), which only writing it can meet. A driver option cannot say this: a
    /// driver that disables source outputs drops the diagnostics they report too.
    /// </summary>
    internal static KnowledgeBaseGenerator DiagnosticsOnly() => new(writesCode: false);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var schema = SchemaSteps.Create(context);
        var writesCode = this.writesCode;

        // One step per file parses and binds it, writes its code (unless only diagnostics are wanted), and makes what the steps across entries need
        // (EntrySummary), which keeps the code and not the bound value (EntryCode says why). Every per-file step
        // walks all 10,000 rows on each edit, and a tree kept between the two would stay alive in the driver for
        // every file (a quarter of what a cold run leaves in it, copied by each collection it survives): a schema
        // edit parses every file again instead, about a seventh of a cold run.
        var entries = context.AdditionalTextsProvider
            .Combine(schema)
            .SelectMany((pair, cancellationToken) => ContentFileReader.IsContentFile(pair.Left)
                ? ImmutableArray.Create(Summarize(ContentFileReader.Read(pair.Left, cancellationToken), pair.Right, writesCode, cancellationToken))
                : ImmutableArray<EntrySummary>.Empty)
            .WithTrackingName(TrackingNames.Bind);

        // One collection of every entry for all the steps across entries (EntrySummary says why one).
        var summaries = entries.Collect();

        var indexRows = summaries
            .Select(static (all, _) => EntrySummary.Indexes(all))
            .WithComparer(ElementsComparer<IndexedEntry?>.Instance)
            .WithTrackingName(TrackingNames.IndexEntry);

        var index = indexRows
            .Select(static (all, cancellationToken) => ContentIndex.Build(all, cancellationToken))
            .WithTrackingName(TrackingNames.Index);

        var knownIds = index
            .Select(static (content, _) => content.KnownIds)
            .WithTrackingName(TrackingNames.KnownIds);

        // The assembly's string heap is finite: entries past the text budget are emitted as stubs.
        var textBudget = summaries
            .Select(static (all, _) => EntrySummary.Texts(all))
            .WithComparer(ElementsComparer<EntryText?>.Instance)
            .WithTrackingName(TrackingNames.EntryText)
            .Select(static (all, cancellationToken) => TextBudget.Build(all, cancellationToken))
            .WithTrackingName(TrackingNames.TextBudget);

        var overBudgetPaths = textBudget
            .Select(static (budget, _) => budget.OverBudgetPaths)
            .WithTrackingName(TrackingNames.OverBudgetPaths);

        // Content rules across entries: per-entry facts, one compact index of them, then a check per entry.
        var ruleIndex = summaries
            .Select(static (all, _) => EntrySummary.RuleFacts(all))
            .WithComparer(ElementsComparer<RuleIndexFacts?>.Instance)
            .WithTrackingName(TrackingNames.RuleFacts)
            .Select(static (all, cancellationToken) => RuleIndex.Build(all, cancellationToken))
            .WithTrackingName(TrackingNames.RuleIndex);

        // Every entry's own diagnostics, its references against every id and the rules against the rule index: one
        // step over all entries, which checks again only entries whose value or indexes changed (EntryChecks says why).
        var entryDiagnostics = summaries
            .Combine(knownIds.Combine(ruleIndex))
            .Select(static (input, cancellationToken) => EntryChecks.RunAll(input, cancellationToken))
            .WithTrackingName(TrackingNames.CheckEntry);

        context.RegisterSourceOutput(schema, static (output, model) =>
        {
            Report(output, model.Diagnostics);
            foreach (var collection in model.Collections)
            {
                Report(output, collection.Diagnostics);
            }
        });

        context.RegisterSourceOutput(entryDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
        context.RegisterSourceOutput(index, static (output, content) => Report(output, content.Diagnostics));
        context.RegisterSourceOutput(textBudget, static (output, budget) => Report(output, budget.Diagnostics));

        if (!writesCode)
        {
            return;
        }

        // Metadata depends on the schema alone: content edits never re-emit it.
        context.RegisterSourceOutput(schema, static (output, model) => FailureContainment.AddMetadataSource(output, model));

        // Each entry's code goes to a file of its own, or with many entries to one of a few shared files (EntryFiles).
        // Which file each entry goes to depends on ids, validity and the data budget alone: equal on most edits. The
        // plan also names each entry's position among the collected entries, so filling the files looks nothing up.
        var entryFilePlan = index
            .Combine(overBudgetPaths)
            .Combine(schema)
            .Combine(indexRows)
            .Select(static (input, cancellationToken) => EntryFilePlan.Build(input, cancellationToken))
            .WithTrackingName(TrackingNames.EntryFilePlan);

        var entryFiles = summaries
            .Combine(entryFilePlan)
            .Combine(schema)
            .SelectMany(static (input, cancellationToken) => EntryFiles.Build(input, cancellationToken))
            .WithTrackingName(TrackingNames.EntryFiles);

        context.RegisterSourceOutput(entryFiles, static (output, file) => FailureContainment.AddEntryFileSource(output, file));

        var collections = schema
            .Combine(index)
            .Combine(overBudgetPaths)
            .SelectMany(static (pair, cancellationToken) => CollectionOutput.Build(pair, cancellationToken))
            .WithTrackingName(TrackingNames.Collections);

        context.RegisterSourceOutput(collections, static (output, collection) => FailureContainment.AddCollectionSource(output, collection));
    }

    /// <summary>
    /// One file's entry, bound and, when <paramref name="writesCode"/>, with its code written, which the driver keeps
    /// between runs in place of the bound value (<see cref="EntryCode"/> says why). Internal for the benchmarks'
    /// stage timings.
    /// </summary>
    internal static EntrySummary Summarize(ParsedFile file, SchemaModel schema, bool writesCode, System.Threading.CancellationToken cancellationToken)
    {
        var bound = FailureContainment.Bind(file, schema, cancellationToken);
        var (entry, code) = writesCode ? FailureContainment.Code(bound, schema) : (bound, null);
        return EntrySummary.Of(entry, code, cancellationToken);
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Get(diagnostic.DescriptorId),
                diagnostic.Location?.ToLocation(),
                diagnostic.Arguments.Cast<object>().ToArray()));
        }
    }
}
