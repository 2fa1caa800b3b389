using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Tests.Adversarial;
using KnowledgeBase.Generator.Tests.Infrastructure;
using KnowledgeBase.Generator.Tests.Rules;
using KnowledgeBase.Generator.Tests.Snapshots;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Check;

/// <summary>
/// <see cref="ContentCheck"/>, the entry point <c>kb check</c> runs, reports exactly what the generator driver reports
/// in the other tests (the compiler's own way of running the generator): same ids, severities, files, spans and
/// messages, over the whole adversarial corpus, every diagnostic case and the content rules of the real schema.
/// </summary>
public sealed class ContentCheckTests
{
    /// <summary>A break of each content rule of the real schema, as the rule tests make them, by the ids it must give.</summary>
    private static readonly Dictionary<string, (string Path, string? Text)> RuleCases = new(StringComparer.Ordinal)
    {
        ["KB0020"] = RealSchema.Edit("events/an-event.yaml", "citations:\n  - source: a-report\n    quote: It happened", "citations: []"),
        ["KB0021"] = RealSchema.Edit("events/an-event.yaml", "quote: It happened", "quote: \"   \""),
        ["KB0022"] = RealSchema.Edit("claims/a-claim.yaml", "quote: Scale is not all you need", "quote: " + new string('a', 301)),
        ["KB0023"] = RealSchema.Edit("events/an-event.yaml", "date: 2025-01-27", "date: 2025-01-29"),
        ["KB0024"] = ("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nstatus: superseded\nstatusReason: Replaced."),
        ["KB0025"] = ("figures/a-figure.yaml", RealSchema.Valid["figures/a-figure.yaml"] + "\nsupersededBy: a-figure"),
        ["KB0027"] = ("actors/an-actor.yaml", RealSchema.Valid["actors/an-actor.yaml"] + "\naffiliation: an-actor"),
        ["KB0028"] = ("topics/unused-topic.yaml", RealSchema.Valid["topics/a-topic.yaml"]),
        ["KB0029"] = RealSchema.Edit("figures/a-figure.yaml", "  - value: -589", "  - low: 600\n    high: 589"),
        ["KB0030"] = RealSchema.Edit("figures/a-figure.yaml", "  - value: -589", "  - low: 589"),
        ["KB0008"] = RealSchema.Edit("figures/a-figure.yaml", "source: a-report", "source: nowhere"),
    };

    [Fact]
    public void It_reports_what_the_driver_reports_over_the_whole_adversarial_corpus()
    {
        var compilation = ContentRun.Compile(TestSchemas.Demo);
        IReadOnlyList<AdditionalText> files =
        [
            .. CorpusTests.Baseline.Select(file => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ContentRoot + file.Path, file.Text)),
            .. CorpusCase.Load().Select(corpusCase => (AdditionalText)new InMemoryAdditionalText(
                GeneratorHarness.ContentRoot + corpusCase.Path,
                ContentRun.DecodeLikeTheCompiler(corpusCase.Bytes()))),
        ];

        var expected = ContentRun.Run(compilation, files).Diagnostics;
        var actual = ContentCheck.Run(compilation, files);

        Assert.True(expected.Length > 200, $"The corpus gave only {expected.Length} diagnostics.");
        Assert.Equal(Lines(expected), Lines(actual));
    }

    [Theory]
    [MemberData(nameof(DiagnosticCaseNames))]
    public void It_reports_what_the_driver_reports_for_each_diagnostic_case(string name)
    {
        var diagnosticCase = DiagnosticCases.All[name];
        var harness = GeneratorHarness.Create(diagnosticCase.Schema, diagnosticCase.Files);

        var expected = harness.Run().Diagnostics;
        var actual = ContentCheck.Run(harness.Compilation, Texts(diagnosticCase.Files));

        Assert.NotEmpty(expected);
        Assert.Equal(Lines(expected), Lines(actual));
    }

    public static TheoryData<string> DiagnosticCaseNames() => [.. DiagnosticCases.Names];

    public static TheoryData<string> RuleIds() => [.. RuleCases.Keys];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void It_reports_what_the_driver_reports_for_each_content_rule(string id)
    {
        var edit = RuleCases[id];
        var harness = RealSchema.Harness(edit);

        var expected = harness.Run().Diagnostics;
        var actual = ContentCheck.Run(harness.Compilation, Texts(Content(edit)));

        Assert.True(expected.Any(diagnostic => diagnostic.Id == id), string.Join("\n", Lines(expected)));
        Assert.Equal(Lines(expected), Lines(actual));
    }

    [Fact]
    public void Its_generator_writes_no_code_and_keeps_none_yet_reports_what_the_generator_that_writes_it_reports()
    {
        var edit = RuleCases["KB0023"];
        var harness = RealSchema.Harness(edit);
        var full = harness.Run().RunResult.Results.Single();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [KnowledgeBaseGenerator.DiagnosticsOnly().AsSourceGenerator()],
            Texts(Content(edit)),
            (CSharpParseOptions)harness.Compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var checks = driver.RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        Assert.NotEmpty(full.GeneratedSources);
        Assert.Contains(KeptSummaries.Of(full), summary => summary.Code is not null);
        Assert.Empty(checks.GeneratedSources);
        Assert.All(KeptSummaries.Of(checks), summary => Assert.Null(summary.Code));
        Assert.Contains(checks.Diagnostics, diagnostic => diagnostic.Id == "KB0023");
        Assert.Equal(Lines(full.Diagnostics), Lines(checks.Diagnostics));
    }

    [Fact]
    public void A_compilation_with_warnings_as_errors_turns_a_KB_warning_into_an_error_as_the_build_does()
    {
        var edit = RuleCases["KB0028"];
        var harness = RealSchema.Harness(edit);
        var strict = harness.Compilation.WithOptions(harness.Compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var files = Texts(Content(edit));

        var lenient = Assert.Single(ContentCheck.Run(harness.Compilation, files));
        var asError = Assert.Single(ContentCheck.Run(strict, files));

        Assert.Equal(("KB0028", DiagnosticSeverity.Warning), (lenient.Id, lenient.Severity));
        Assert.Equal(("KB0028", DiagnosticSeverity.Error, true), (asError.Id, asError.Severity, asError.IsWarningAsError));
    }

    [Fact]
    public void Its_rules_are_every_descriptor_once_in_id_order()
    {
        var ids = ContentCheck.Rules.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
        Assert.Contains("KB0001", ids);
        Assert.Contains("KB0048", ids);
    }

    /// <summary>The valid content of the real schema with <paramref name="edit"/> applied, as RealSchema.Harness builds it.</summary>
    private static (string Path, string Text)[] Content((string Path, string? Text) edit) =>
        [.. RealSchema.Valid.Where(file => file.Key != edit.Path).Select(file => (file.Key, file.Value)).Append((edit.Path, edit.Text!))];

    private static List<AdditionalText> Texts((string Path, string Text)[] files) =>
        [.. files.Select(file => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ContentRoot + file.Path, file.Text))];

    /// <summary>Everything a build log shows of a diagnostic, and its end too, one line each, sorted.</summary>
    private static List<string> Lines(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            })
            .Order(StringComparer.Ordinal)];
}
