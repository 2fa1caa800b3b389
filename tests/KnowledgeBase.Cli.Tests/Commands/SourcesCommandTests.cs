using System.Linq;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class SourcesCommandTests
{
    private const System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public void Formats_each_citation_as_a_reference_with_its_quote()
    {
        var result = Kb.Run("sources", "deepseek-r1-release");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("events/deepseek-r1-release  " + Event.DeepseekR1Release.Title, result.Out, Ordinal);
        foreach (var citation in Event.DeepseekR1Release.Citations)
        {
            var source = citation.Source.Value;
            Assert.Contains(result.Lines, line => line.Contains("\u201C" + source.Title + "\u201D. " + source.Publisher, Ordinal) && line.EndsWith("[" + source.Id + "]", Ordinal));
            if (citation.Quote is { } quote)
            {
                Assert.Contains("\u201C" + quote + "\u201D", result.Out, Ordinal);
            }
        }
    }

    [Fact]
    public void Groups_a_figures_citations_by_reported_value()
    {
        var result = Kb.Run(Fixture.Catalog, "sources", "acme-widget-sales");

        Assert.Equal(
            [
                "figures/acme-widget-sales  Widgets sold by Acme in 2024",
                "  for 1.2 million:",
                "    [1] Jane Doe. \u201CAcme Annual Report 2024\u201D. Acme Corp, 10 Jan 2025. https://example.com/acme-report-2024 [acme-annual-report]",
                "        table 2",
                "  for about 1 million:",
                "    [2] \u201CWidgets, widgets everywhere\u201D. Daily News, 12 Jan 2025. [daily-news-story]",
                "        \u201Cabout a million widgets\u201D",
            ],
            result.Lines);
    }

    [Fact]
    public void A_source_shows_its_reference_and_what_cites_it()
    {
        var result = Kb.Run(Fixture.Catalog, "sources", "daily-news-story");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  \u201CWidgets, widgets everywhere\u201D. Daily News, 12 Jan 2025.", result.Out, Ordinal);
        Assert.Contains("  Cited by 3 entries:", result.Out, Ordinal);
        Assert.Contains("    figures/acme-revenue", result.Out, Ordinal);
        Assert.Contains("    claims/doe-widgets-will-win", result.Out, Ordinal);
    }

    [Fact]
    public void An_entry_without_citations_says_so()
    {
        var result = Kb.Run(Fixture.Catalog, "sources", "jane-doe");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["actors/jane-doe  Jane Doe", "  (no citations)"], result.Lines);
    }

    [Fact]
    public void An_unknown_id_is_exit_code_2()
    {
        var result = Kb.Run("sources", "deepseek-r2-release");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'deepseek-r1-release'", result.Error, Ordinal);
    }

    [Fact]
    public void Every_source_id_in_the_real_content_formats()
    {
        foreach (var source in Source.All)
        {
            var result = Kb.Run("sources", "sources/" + source.Id);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(source.Publisher, result.Lines[1], Ordinal);
        }
    }
}
