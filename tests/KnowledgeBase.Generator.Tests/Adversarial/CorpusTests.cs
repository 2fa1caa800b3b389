using System;
using KnowledgeBase.Generator.Common;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Generator.Tests.Adversarial;

/// <summary>
/// Runs every file of the adversarial corpus through the generator, alone and all at once, in this one test
/// process: nothing throws, every diagnostic sits in a content file, each file gets what its manifest line
/// says, the valid entries beside it still generate, and the generated code compiles without a warning.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// A hang guard, not a speed check: a file that takes this long is stuck. 10 s was not enough on a two-core machine
    /// at load 17 (other builds running): files that take 3 s alone ran past it, and each one left running slowed the next.
    /// </summary>
    internal static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    internal static readonly (string Path, string Text)[] Baseline =
    [
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("items/baseline-item.yaml", TestSchemas.ItemYaml),
    ];

    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusCase.Load();

    [Fact]
    public void The_corpus_has_at_least_100_files_each_listed_once_in_the_manifest()
    {
        var listed = Cases.Select(corpusCase => corpusCase.Path).ToList();

        Assert.True(listed.Count >= 100, $"The corpus has {listed.Count} files.");
        Assert.Equal(listed.Distinct(StringComparer.Ordinal).Count(), listed.Count);
        Assert.Equal(listed.Order(StringComparer.Ordinal), CorpusCase.FilesOnDisk().Order(StringComparer.Ordinal));
        Assert.All(Cases.SelectMany(corpusCase => corpusCase.Companions), companion => Assert.Contains(companion, listed));
    }

    [Fact]
    public void Each_corpus_file_alone_gets_what_its_manifest_says_and_never_breaks_the_build()
    {
        var compilation = ContentRun.Compile(TestSchemas.Demo);
        _ = ContentRun.Run(compilation, Baseline).CompilationProblems().ToList(); // warm up, so the hang guard never times the JIT
        var problems = new List<string>();
        var slowest = (Path: string.Empty, Time: TimeSpan.Zero);
        foreach (var corpusCase in Cases)
        {
            var files = Baseline
                .Select(file => (file.Path, SourceText.From(file.Text, System.Text.Encoding.UTF8)))
                .Concat(corpusCase.Companions.Select(companion => Cases.Single(other => other.Path == companion)).Append(corpusCase).Select(Decoded))
                .ToList();
            var timer = Stopwatch.StartNew();
            var run = RunGuarded(compilation, files, out var hung);
            if (hung)
            {
                problems.Add($"{corpusCase}: not finished after {HangGuard.TotalSeconds} s");
                continue;
            }

            if (timer.Elapsed > slowest.Time)
            {
                slowest = (corpusCase.Path, timer.Elapsed);
            }

            problems.AddRange(CheckRun(run!).Concat(Check(run!, corpusCase)).Concat(CheckBaseline(run!)).Select(problem => $"{corpusCase}: {problem}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Cases.Count} files alone; slowest {slowest.Path} at {slowest.Time.TotalMilliseconds:F0} ms (generator and compilation)."));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_whole_corpus_at_once_gets_what_the_manifest_says_and_compiles()
    {
        var compilation = ContentRun.Compile(TestSchemas.Demo);
        var files = Baseline
            .Select(file => (file.Path, SourceText.From(file.Text, System.Text.Encoding.UTF8)))
            .Concat(Cases.Select(Decoded))
            .ToList();

        var run = RunGuarded(compilation, files, out var hung);

        Assert.False(hung, "The whole corpus did not finish within the hang guard.");
        var problems = CheckRun(run!)
            .Concat(Cases.SelectMany(corpusCase => Check(run!, corpusCase).Select(problem => $"{corpusCase}: {problem}")))
            .Concat(CheckBaseline(run!))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine($"{files.Count} files at once: {run!.Diagnostics.Length} diagnostics, {run.Result.GeneratedSources.Length} generated files.");
        foreach (var diagnostic in run.Diagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal))
        {
            output.WriteLine(GeneratorResult.Format(diagnostic));
        }
    }

    /// <summary>Runs the generator and compiles its output, giving up (and saying so) after <see cref="HangGuard"/>.</summary>
    internal static ContentRun? RunGuarded(Compilation compilation, IReadOnlyList<(string Path, SourceText Text)> files, out bool hung) =>
        WithinHangGuard(
            () =>
            {
                var run = ContentRun.Run(compilation, files);
                _ = run.CompilationProblems().ToList();
                return run;
            },
            out hung);

    /// <summary>The result of <paramref name="work"/>, or null (and <paramref name="hung"/>) when it runs past <see cref="HangGuard"/>.</summary>
    internal static T? WithinHangGuard<T>(Func<T> work, out bool hung)
        where T : class
    {
        var task = Task.Run(work);
        hung = !task.Wait(HangGuard);
        return hung ? null : task.Result;
    }

    /// <summary>What went wrong with the run as a whole: an exception, an unlocated diagnostic, generated code that does not compile.</summary>
    internal static IEnumerable<string> CheckRun(ContentRun run) =>
        run.Failures().Concat(run.CompilationProblems().Select(problem => "the generated code does not compile cleanly: " + problem));

    /// <summary>What is wrong with how <paramref name="run"/> treated <paramref name="corpusCase"/>; nothing when all is well.</summary>
    internal static IEnumerable<string> Check(ContentRun run, CorpusCase corpusCase)
    {
        var found = run.DiagnosticsIn(corpusCase.Path).ToList();
        var shown = string.Join("; ", found.Select(GeneratorResult.Format));
        if (corpusCase.ExpectsOk && found.Count > 0)
        {
            yield return "expected no diagnostic, got " + shown;
        }

        if (corpusCase.ExpectsWarningOnly && found.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            yield return "expected warnings only, got " + shown;
        }

        if (!corpusCase.ExpectsOk && !corpusCase.ExpectsWarningOnly && !found.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            yield return "expected an error, got " + (found.Count == 0 ? "none" : shown);
        }

        foreach (var alternatives in corpusCase.RequiredIds)
        {
            if (!found.Any(diagnostic => alternatives.Contains(diagnostic.Id) || (alternatives is ["error"] && diagnostic.Severity == DiagnosticSeverity.Error)))
            {
                yield return $"expected {string.Join(" or ", alternatives)}, got " + (found.Count == 0 ? "none" : shown);
            }
        }

        if ((corpusCase.ExpectsOk || corpusCase.ExpectsWarningOnly) && run.Source(HintOf(corpusCase.Path)) is null)
        {
            yield return "its entry was not generated";
        }
    }

    /// <summary>The valid entries beside every corpus file must always generate, untouched.</summary>
    internal static IEnumerable<string> CheckBaseline(ContentRun run)
    {
        foreach (var (path, _) in Baseline)
        {
            foreach (var diagnostic in run.DiagnosticsIn(path))
            {
                yield return "a valid file got " + GeneratorResult.Format(diagnostic);
            }
        }

        foreach (var hint in new[] { "Demo.Item.BaselineItem.g.cs", "Demo.Source.ASource.g.cs", "Demo.Item.g.cs", "Demo.Source.g.cs" })
        {
            if (run.Source(hint) is null)
            {
                yield return hint + " was not generated";
            }
        }
    }

    private static (string Path, SourceText Text) Decoded(CorpusCase corpusCase) => (corpusCase.Path, ContentRun.DecodeLikeTheCompiler(corpusCase.Bytes()));

    /// <summary>The generated file of a valid entry at <paramref name="path"/>, in the demo schema's items or sources.</summary>
    private static string HintOf(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var type = path.StartsWith("sources/", StringComparison.Ordinal) ? "Source" : "Item";
        return $"Demo.{type}.{Naming.ToIdentifier(name[..name.LastIndexOf('.')]).TrimStart('@')}.g.cs";
    }
}
