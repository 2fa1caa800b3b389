using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KnowledgeBase.Generator;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Benchmarks.Driver;

/// <summary>
/// Sanity checks on a tracked run: a benchmark of an incremental re-run only means something if the run really
/// re-did what it should and no more. Each check throws, so a broken benchmark never prints a number.
/// </summary>
internal static class StepCheck
{
    /// <summary>Every step the generator names (TrackingNames), so a step added later is checked too.</summary>
    private static readonly string[] NamedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>How many outputs of <paramref name="step"/> the last run produced afresh (new or modified).</summary>
    public static int Redone(GeneratorDriverRunResult result, string step) =>
        Outputs(result, step).Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    /// <summary>How many source outputs the last run produced afresh.</summary>
    public static int Reemitted(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedOutputSteps.Values
            .SelectMany(steps => steps)
            .SelectMany(step => step.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    /// <summary>The edit of one content file re-parsed and re-bound (one step) and re-emitted that file only.</summary>
    public static void ExpectOneFileRedone(GeneratorDriverRunResult result)
    {
        Expect(Redone(result, TrackingNames.Bind) == 1, "one file re-parsed and re-bound", result);
        Expect(Reemitted(result) == 1, "one source re-emitted", result);
    }

    /// <summary>An edit to unrelated C# left every content step and every output cached.</summary>
    public static void ExpectNothingRedone(GeneratorDriverRunResult result)
    {
        foreach (var step in NamedSteps)
        {
            Expect(Redone(result, step) == 0, "nothing redone in " + step, result);
        }

        Expect(Reemitted(result) == 0, "nothing re-emitted", result);
    }

    /// <summary>
    /// Without step tracking: how many generated sources of <paramref name="after"/> are new objects, not the
    /// ones <paramref name="before"/> produced (the driver hands cached outputs over as the same instances).
    /// </summary>
    public static int Reemitted(GeneratorDriver before, GeneratorDriver after)
    {
        var old = before.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText, StringComparer.Ordinal);
        return after.GetRunResult().Results.Single().GeneratedSources
            .Count(source => !old.TryGetValue(source.HintName, out var text) || !ReferenceEquals(text, source.SourceText));
    }

    /// <summary>Throws unless <paramref name="actual"/> is <paramref name="expected"/>.</summary>
    public static void ExpectCount(int actual, int expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException("Benchmark sanity check failed: expected " + expected + " " + what + ", got " + actual + ".");
        }
    }

    /// <summary>A full run built every entry, without a single diagnostic.</summary>
    public static void ExpectClean(GeneratorDriverRunResult result, int entries)
    {
        var generated = result.Results.Single();
        Expect(generated.Exception is null, "no generator exception: " + generated.Exception, result);
        Expect(generated.Diagnostics.IsEmpty, "no diagnostics: " + string.Join("; ", generated.Diagnostics.Take(5)), result);
        // Each built entry's member reads its data (a stub's throws instead), whether it has a file of its own or shares one,
        // through its record's __KbData whether it is declared on the record or on its base (then qualified); nothing
        // else in the generated code calls __KbData.Get by that name.
        var built = generated.GeneratedSources.Sum(source => Occurrences(source.SourceText.ToString(), "__KbData.Get("));
        Expect(built == entries, "every entry built (" + built + " of " + entries + ")", result);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs)
            : [];

    private static void Expect(bool condition, string what, GeneratorDriverRunResult result)
    {
        if (!condition)
        {
            var steps = string.Join(", ", result.Results.Single().TrackedSteps.Select(pair =>
                pair.Key + " " + string.Join("/", pair.Value.SelectMany(run => run.Outputs).GroupBy(output => output.Reason).Select(group => group.Key + "=" + group.Count()))));
            throw new InvalidOperationException("Benchmark sanity check failed: expected " + what + ". Steps: " + steps);
        }
    }
}
