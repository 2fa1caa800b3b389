using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>Superseded and retracted entries stay, and code that still uses them gets a KB0100 warning.</summary>
public sealed class ObsoleteEntryTests
{
    private const string Superseded = TestSchemas.ItemYaml + """

        status: superseded
        supersededBy: new-item
        statusReason: The first estimate was revised upward
        """;

    private const string Retracted = TestSchemas.ItemYaml + "\nstatus: Retracted";

    private const string UsesOldItem = """
        namespace App;

        public static class UsesOld
        {
            public static string Title => Demo.Item.OldItem.Title;
        }
        """;

    private static GeneratorHarness CreateHarness() => GeneratorHarness.Create(
        TestSchemas.Demo,
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("items/new-item.yaml", TestSchemas.ItemYaml),
        ("items/old-item.yaml", Superseded),
        ("items/withdrawn.yaml", Retracted));

    [Fact]
    public void A_superseded_entry_is_marked_obsolete_with_its_replacement_reason_and_KB0100()
    {
        var result = CreateHarness().Run();

        Assert.Empty(result.FormattedDiagnostics);
        Assert.Contains(
            "[global::System.Obsolete(\"The entry 'old-item' is superseded by 'new-item': The first estimate was revised upward\", DiagnosticId = \"KB0100\")]\n        public static global::Demo.Item OldItem =>",
            result.Source("Demo.Item.OldItem.g.cs"),
            StringComparison.Ordinal);
        Assert.Contains(
            "[global::System.Obsolete(\"The entry 'withdrawn' is retracted\", DiagnosticId = \"KB0100\")]",
            result.Source("Demo.Item.Withdrawn.g.cs"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("Obsolete", result.Source("Demo.Item.NewItem.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_code_itself_stays_warning_free_and_keeps_obsolete_entries_in_All()
    {
        var result = CreateHarness().Run();

        GeneratorAssert.Compiles(result);
        var collection = result.Source("Demo.Item.g.cs");
        Assert.Contains("old-item", CollectionIds.Of(collection));
        Assert.Contains("withdrawn", CollectionIds.Of(collection));
    }

    [Fact]
    public void Code_that_uses_a_superseded_entry_gets_a_KB0100_warning_at_the_use()
    {
        var harness = CreateHarness();
        harness.AddCSharp(UsesOldItem);
        var result = harness.Run();

        var warning = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal("KB0100", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var span = warning.Location.GetLineSpan();
        Assert.Equal("/repo/src/Extra1.cs", span.Path);
        Assert.Equal((5, 35), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(
            "'ItemEntries.OldItem' is obsolete: 'The entry 'old-item' is superseded by 'new-item': The first estimate was revised upward'",
            warning.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_status_that_is_not_superseded_or_retracted_adds_no_attribute()
    {
        var result = GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/debated.yaml", TestSchemas.ItemYaml + "\nstatus: disputed\nstatusReason: Sources disagree"));

        Assert.Empty(result.FormattedDiagnostics);
        Assert.DoesNotContain("Obsolete", result.Source("Demo.Item.Debated.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_superseded_entry_without_a_replacement_or_reason_still_says_what_it_is()
    {
        var result = GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/old.yaml", TestSchemas.ItemYaml + "\nstatus: superseded"));

        Assert.Contains(
            "[global::System.Obsolete(\"The entry 'old' is superseded\", DiagnosticId = \"KB0100\")]",
            result.Source("Demo.Item.Old.g.cs"),
            StringComparison.Ordinal);
        Assert.Empty(result.Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }
}
