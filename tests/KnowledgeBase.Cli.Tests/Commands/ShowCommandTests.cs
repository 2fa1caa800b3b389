using System.Linq;
using System.Text.Json;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class ShowCommandTests
{
    private const System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public void Shows_every_field_with_references_resolved_to_titles()
    {
        var result = Kb.Run("show", "deepseek-r1-release");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("events/deepseek-r1-release  current", result.Lines[0]);
        Assert.Equal(Event.DeepseekR1Release.Title, result.Lines[1]);
        Assert.Contains(result.Lines, line => line.StartsWith("  date ", Ordinal) && line.EndsWith("2025-01-20", Ordinal));
        Assert.Contains(result.Lines, line => line.StartsWith("  summary ", Ordinal));
        foreach (var actor in Event.DeepseekR1Release.Actors)
        {
            Assert.Contains(actor.Id + " (" + actor.Value.Name + ")", result.Out, Ordinal);
        }
    }

    [Fact]
    public void Shows_citations_with_source_titles_and_quotes()
    {
        var result = Kb.Run("show", "events/deepseek-r1-release");

        var citations = result.Lines.SkipWhile(line => line != "Citations").Skip(1).TakeWhile(line => line.Length > 0).ToList();
        var first = Event.DeepseekR1Release.Citations[0];
        Assert.StartsWith("  [1] " + first.Source.Id + " (" + first.Source.Value.Title + ")", citations[0], Ordinal);
        Assert.Equal(Event.DeepseekR1Release.Citations.Length, citations.Count(line => line.StartsWith("  [", Ordinal)));
        if (first.Quote is { } quote)
        {
            Assert.Contains(quote, result.Out, Ordinal);
        }
    }

    [Fact]
    public void Shows_what_refers_to_the_entry()
    {
        var result = Kb.Run("show", "actors/nvidia");

        Assert.Equal(0, result.ExitCode);
        var backlinks = result.Lines.SkipWhile(line => line != "Referred to by").Skip(1).ToList();
        Assert.Contains(backlinks, line => line.StartsWith("  events/nvidia-record-one-day-market-value-loss (actors)", Ordinal));
        Assert.Contains(backlinks, line => line.StartsWith("  figures/nvidia-market-value-lost-2025-01-27 (actor)", Ordinal));
    }

    [Fact]
    public void An_id_in_two_collections_shows_both_and_says_so_on_stderr()
    {
        var result = Kb.Run(Fixture.Catalog, "show", "acme-launch");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sources/acme-launch  current", result.Out, Ordinal);
        Assert.Contains("events/acme-launch  current", result.Out, Ordinal);
        Assert.Contains("'acme-launch' is in 2 collections", result.Error, Ordinal);
        Assert.Contains("sources/acme-launch or events/acme-launch", result.Error, Ordinal);
    }

    [Theory]
    [InlineData("events/acme-launch")]
    [InlineData("event/acme-launch")]
    public void Collection_slash_id_picks_one(string name)
    {
        var result = Kb.Run(Fixture.Catalog, "show", name);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("events/acme-launch", result.Out, Ordinal);
        Assert.DoesNotContain("sources/acme-launch  current", result.Out, Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void An_unknown_id_is_exit_code_2_with_the_closest_ids()
    {
        var result = Kb.Run("show", "nvidai");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("kb: No entry 'nvidai'. Did you mean 'nvidia'", result.Error, Ordinal);
    }

    [Fact]
    public void The_right_id_in_the_wrong_collection_suggests_the_right_collection()
    {
        var result = Kb.Run("show", "events/nvidia");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'actors/nvidia'", result.Error, Ordinal);
    }

    [Fact]
    public void An_unknown_collection_prefix_lists_the_collections()
    {
        var result = Kb.Run("show", "people/nvidia");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No collection 'people'", result.Error, Ordinal);
    }

    [Fact]
    public void Json_is_an_array_with_typed_fields_references_citations_and_backlinks()
    {
        var result = Kb.Run("show", "figures/nvidia-market-value-lost-2025-01-27", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var entry = Assert.Single(document.RootElement.EnumerateArray());
        var fields = entry.GetProperty("fields");
        Assert.Equal("2025-01-27", fields.GetProperty("date").GetString());
        Assert.Equal("nvidia", fields.GetProperty("actor").GetString());
        Assert.Equal("us-dollars", fields.GetProperty("unit").GetString());
        var values = fields.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(Figure.NvidiaMarketValueLost20250127.Values.Length, values.Count);
        Assert.Equal(JsonValueKind.Number, values[0].GetProperty("value").ValueKind);
        Assert.Equal(Figure.NvidiaMarketValueLost20250127.Values[0].Value, values[0].GetProperty("value").GetDecimal());
        Assert.True(fields.GetProperty("isDisputed").GetBoolean());
        Assert.Contains(entry.GetProperty("references").EnumerateArray(), reference =>
            reference.GetProperty("id").GetString() == "nvidia" && reference.GetProperty("title").GetString() == Actor.Nvidia.Name);
        Assert.Equal(
            Figure.NvidiaMarketValueLost20250127.Values.Sum(value => value.Citations.Length),
            entry.GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("backlinks").ValueKind);
    }
}
