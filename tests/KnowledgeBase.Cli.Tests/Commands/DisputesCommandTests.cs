using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class DisputesCommandTests
{
    private const System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public void Lists_every_disputed_figure_and_no_other()
    {
        var result = Kb.Run("disputes");

        Assert.Equal(0, result.ExitCode);
        var disputed = Figure.All.Where(figure => figure.IsDisputed).ToList();
        Assert.NotEmpty(disputed);
        Assert.StartsWith(disputed.Count + " disputed figures", result.Out, Ordinal);
        var headers = result.Lines.Where(line => line.StartsWith("figures/", Ordinal)).ToList();
        Assert.Equal(disputed.Select(figure => "figures/" + figure.Id + "  " + figure.Title), headers);
    }

    [Fact]
    public void Shows_each_reported_value_with_its_sources()
    {
        var figure = Figure.NvidiaMarketValueLost20250127;
        var result = Kb.Run("disputes");

        var section = result.Lines.SkipWhile(line => !line.StartsWith("figures/" + figure.Id, Ordinal)).Skip(1).TakeWhile(line => line.Length > 0).ToList();
        Assert.Equal(figure.Values.Length, section.Count(line => line.StartsWith("  - ", Ordinal)));
        foreach (var value in figure.Values)
        {
            Assert.Contains(section, line => line.StartsWith("  - " + Quantity.Describe(value, figure.Unit), Ordinal));
            foreach (var citation in value.Citations)
            {
                Assert.Contains(section, line => line.StartsWith("      " + citation.Source.Id + " (", Ordinal));
            }
        }

        Assert.Contains(section, line => line.StartsWith("  spread: ", Ordinal));
    }

    [Fact]
    public void No_disputes_prints_a_note()
    {
        var result = Kb.Run(KnowledgeCatalog.Create(topics: [new Topic("Calm", "Nothing disputed here.") { Id = "calm" }]), "disputes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No disputed figures.\n", result.Out);
    }
}
