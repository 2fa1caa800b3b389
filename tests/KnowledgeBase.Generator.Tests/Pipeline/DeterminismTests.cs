using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>Same content, same bytes: whatever the file order, the clone's location or the machine's culture.</summary>
public sealed class DeterminismTests
{
    private static readonly (string Path, string Text)[] Content =
    [
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("sources/b-source.yaml", "title: B\npublished: 2024-12-31\nurl: https://example.org/b"),
        ("items/zeta.yaml", TestSchemas.ItemYaml.Replace("source: a-source", "source: b-source", StringComparison.Ordinal)),
        ("items/alpha.yaml", TestSchemas.ItemYaml + "\nrelated:\n  - zeta\n  - 1st"),
        ("items/1st.yaml", TestSchemas.ItemYaml + "\nstatus: superseded\nsupersededBy: alpha\nstatusReason: Revised"),
        ("items/mid-dle.yaml", TestSchemas.ItemYaml.Replace("amount: 593.7", "amount: 1.5e3", StringComparison.Ordinal)),
        ("items/windows.yaml", TestSchemas.ItemYaml.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\nsummary2: typo"),
        ("items/broken.yaml", "title: [unclosed"),
    ];

    [Fact]
    public void Two_runs_over_the_same_content_produce_byte_identical_output()
    {
        Assert.Equal(Output(GeneratorHarness.RunOnce(TestSchemas.Demo, Content)), Output(GeneratorHarness.RunOnce(TestSchemas.Demo, Content)));
    }

    [Fact]
    public void The_order_in_which_files_arrive_does_not_change_the_output()
    {
        var forward = GeneratorHarness.RunOnce(TestSchemas.Demo, Content);
        var backward = GeneratorHarness.RunOnce(TestSchemas.Demo, [.. Content.Reverse()]);

        Assert.Equal(Output(forward), Output(backward));
        Assert.Equal(forward.FormattedDiagnostics, backward.FormattedDiagnostics);
    }

    [Fact]
    public void The_location_of_the_clone_does_not_change_the_output()
    {
        var here = GeneratorHarness.RunOnce(TestSchemas.Demo, Content);
        var elsewhere = GeneratorHarness.CreateAt("/home/someone/projects/kb clone/content/", TestSchemas.Demo, Content).Run();

        Assert.Equal(Output(here), Output(elsewhere));
    }

    [Fact]
    public void Generated_code_uses_newline_line_ends_and_names_no_absolute_path()
    {
        var result = GeneratorHarness.RunOnce(TestSchemas.Demo, Content);

        Assert.NotEmpty(result.Sources);
        foreach (var source in result.Sources)
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain("/repo/", text, StringComparison.Ordinal);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void The_machines_culture_does_not_change_the_output(string culture)
    {
        var invariant = Output(GeneratorHarness.RunOnce(TestSchemas.Demo, Content));
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, Output(GeneratorHarness.RunOnce(TestSchemas.Demo, Content)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    /// <summary>Every generated file's name and exact text, in hint-name order.</summary>
    private static string Output(GeneratorResult result) => string.Concat(result.Sources
        .OrderBy(source => source.HintName, StringComparer.Ordinal)
        .Select(source => "=== " + source.HintName + "\n" + source.SourceText));
}
