using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// The generator runs on every keystroke in the IDE, so work must be proportional to the edit: a C# edit
/// re-reads no YAML, a YAML edit re-parses one file, and an edit that keeps ids re-checks no references.
/// </summary>
public sealed class CachingTests
{
    /// <summary>Every step downstream of the content files.</summary>
    private static readonly string[] ContentSteps =
    [
        TrackingNames.Bind, TrackingNames.IndexEntry, TrackingNames.Index, TrackingNames.KnownIds,
        TrackingNames.EntryFilePlan, TrackingNames.CheckEntry, TrackingNames.Collections,
    ];

    private static GeneratorHarness CreateHarness() => GeneratorHarness.Create(
        TestSchemas.Demo,
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("items/first.yaml", TestSchemas.ItemYaml),
        ("items/second.yaml", TestSchemas.ItemYaml),
        ("items/third.yaml", TestSchemas.ItemYaml),
        ("items/broken.yaml", "title: [unclosed"),
        ("items/dangling.yaml", TestSchemas.ItemYaml.Replace("source: a-source", "source: missing", StringComparison.Ordinal)));

    [Fact]
    public void Every_tracking_name_is_used_by_a_step()
    {
        var run = CreateHarness().Run().RunResult.Results.Single();

        foreach (var name in PipelineModelInspector.TrackingNamesInUse())
        {
            Assert.True(run.TrackedSteps.ContainsKey(name), $"No step is tracked as '{name}'.");
        }
    }

    [Fact]
    public void A_csharp_edit_that_leaves_the_schema_alone_reruns_no_content_step_and_emits_nothing_new()
    {
        var harness = CreateHarness();
        var first = harness.Run();

        harness.AddCSharp("namespace App; public static class Unrelated { public static int Answer => 42; }");
        var second = harness.Run();

        var run = second.RunResult.Results.Single();
        foreach (var name in ContentSteps.Append(TrackingNames.SchemaSources))
        {
            AssertAllOutputs(run, name, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        // The sources were taken from the new compilation and found equal, so the schema was not read again.
        AssertAllOutputs(run, TrackingNames.Schema, IncrementalStepRunReason.Cached);

        foreach (var (kind, steps) in run.TrackedOutputSteps)
        {
            var rerun = steps.SelectMany(step => step.Outputs).Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
            Assert.True(rerun.Count == 0, $"{kind} produced {rerun.Count} new outputs after an unrelated C# edit.");
        }

        Assert.Equal(Snapshot(first), Snapshot(second));
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_and_rebinds_that_file_alone()
    {
        var harness = CreateHarness();
        harness.Run();

        harness.ReplaceFile("items/second.yaml", TestSchemas.ItemYaml.Replace("count: 42", "count: 43", StringComparison.Ordinal));
        var run = harness.Run().RunResult.Results.Single();

        var reasons = Reasons(run, TrackingNames.Bind);
        Assert.Equal(6, reasons.Count);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(reasons, reason => reason != IncrementalStepRunReason.Cached));

        AssertAllOutputs(run, TrackingNames.SchemaSources, IncrementalStepRunReason.Cached);
        AssertAllOutputs(run, TrackingNames.Schema, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_edit_that_keeps_every_id_leaves_the_index_and_known_ids_unchanged()
    {
        var harness = CreateHarness();
        var before = EntryCheckCount.Checks(harness.Run().RunResult.Results.Single());

        harness.ReplaceFile("items/second.yaml", TestSchemas.ItemYaml.Replace("summary: Line one", "summary: Another line", StringComparison.Ordinal));
        var result = harness.Run();
        var run = result.RunResult.Results.Single();

        foreach (var name in new[] { TrackingNames.IndexEntry, TrackingNames.Index, TrackingNames.KnownIds, TrackingNames.EntryFilePlan, TrackingNames.Collections })
        {
            AssertAllOutputs(run, name, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        // Only the edited entry's references are checked again; the others' checks are taken from the last run.
        Assert.Equal(1, EntryCheckCount.CheckedAgain(before, run));
        Assert.Contains("Another line", result.Source("Demo.Item.Second.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Breaking_an_entry_changes_the_index_but_not_the_known_ids_so_no_other_reference_is_rechecked()
    {
        var harness = CreateHarness();
        var before = EntryCheckCount.Checks(harness.Run().RunResult.Results.Single());

        harness.ReplaceFile("items/second.yaml", TestSchemas.ItemYaml.Replace("date: 2025-01-27", "date: 2025-13-40", StringComparison.Ordinal));
        var result = harness.Run();
        var run = result.RunResult.Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(run, TrackingNames.Index)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(run, TrackingNames.KnownIds)));
        Assert.Equal(1, EntryCheckCount.CheckedAgain(before, run));
        Assert.DoesNotContain("second", CollectionIds.Of(result.Source("Demo.Item.g.cs")));
    }

    [Fact]
    public void Adding_an_entry_changes_the_known_ids_and_rechecks_references()
    {
        var harness = CreateHarness();
        var first = harness.Run();
        Assert.Contains(first.Diagnostics, diagnostic => diagnostic.Id == "KB0008");
        var before = EntryCheckCount.Checks(first.RunResult.Results.Single());

        harness.AddFile("sources/missing.yaml", TestSchemas.SourceYaml);
        var result = harness.Run();
        var run = result.RunResult.Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(run, TrackingNames.KnownIds)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(run, TrackingNames.CheckEntry)));
        Assert.Equal(7, EntryCheckCount.CheckedAgain(before, run));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "KB0008");
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_location_or_additional_text()
    {
        var harness = CreateHarness();
        harness.AddCSharp("namespace Demo; [KnowledgeBase.Collection(\"broken\")] public sealed record NotPartial(string Title);");
        var result = harness.Run();
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "KB0013");

        var outputs = PipelineModelInspector.NamedStepOutputs(result.RunResult.Results.Single()).ToList();
        var problems = outputs.SelectMany((output, index) => PipelineModelInspector.FindForbidden(output.Value, output.Step + "#" + index)).ToList();

        Assert.NotEmpty(outputs);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_model_inspector_finds_roslyn_objects_however_deep_they_hide()
    {
        var hidden = new { Outer = new[] { new { Inner = (object)Location.None } } };
        var emptyButTyped = new List<AdditionalText>();

        Assert.Equal(["model.<Outer>i__Field[0].<Inner>i__Field is a Microsoft.CodeAnalysis.NoLocation"], PipelineModelInspector.FindForbidden(hidden, "model"));
        Assert.Single(PipelineModelInspector.FindForbidden(emptyButTyped, "list"));
        Assert.Empty(PipelineModelInspector.FindForbidden(new { Text = "plain", Numbers = new List<int> { 1, 2 } }, "model"));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.TryGetValue(step, out var steps), $"No step '{step}' ran.");
        return [.. steps.SelectMany(each => each.Outputs).Select(output => output.Reason)];
    }

    private static void AssertAllOutputs(GeneratorRunResult run, string step, params IncrementalStepRunReason[] allowed)
    {
        var reasons = Reasons(run, step);
        Assert.NotEmpty(reasons);
        Assert.True(reasons.All(allowed.Contains), $"{step}: {string.Join(", ", reasons)}; expected only {string.Join(" or ", allowed)}");
    }

    private static List<string> Snapshot(GeneratorResult result) =>
        [.. result.Sources.Select(source => source.HintName + "\n" + source.SourceText), .. result.FormattedDiagnostics];
}
