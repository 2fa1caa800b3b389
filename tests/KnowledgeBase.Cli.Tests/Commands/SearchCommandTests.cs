using System.Linq;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class SearchCommandTests
{
    private const System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public void Finds_entries_case_insensitively_best_first()
    {
        var result = Kb.Run("search", "SPUTNIK", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var hits = document.RootElement.EnumerateArray().ToList();
        Assert.Contains(hits, hit => hit.GetProperty("id").GetString() == "sputnik-moment");
        Assert.Contains(hits, hit => hit.GetProperty("id").GetString() == "andreessen-deepseek-r1-sputnik-moment");
        var scores = hits.Select(hit => hit.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        // A title match outranks a match in a claim's statement.
        Assert.True(Score(hits, "sputnik-moment") > Score(hits, "andreessen-deepseek-r1-sputnik-moment"));
    }

    [Fact]
    public void Every_word_must_match()
    {
        var both = Kb.Run("search", "nvidia", "market", "--json");
        var nvidia = Kb.Run("search", "nvidia", "--json");

        var bothIds = ListCommandTests.Keys(both.Out);
        Assert.NotEmpty(bothIds);
        Assert.True(bothIds.Length < ListCommandTests.Keys(nvidia.Out).Length);
        Assert.All(bothIds, key => Assert.Contains(key, ListCommandTests.Keys(nvidia.Out)));
    }

    [Fact]
    public void Ranking_follows_the_documented_weights()
    {
        var hits = CatalogSearch.Search(Fixture.Catalog, "widgets");

        // The topic's name "Widgets" (title 10, whole word: 20) outranks the claim (statement 5, whole word: 10).
        var topic = hits.Single(hit => hit.Entry.Id == "widgets");
        var claim = hits.Single(hit => hit.Entry.Id == "doe-widgets-will-win");
        Assert.Equal(20, topic.Score);
        Assert.Equal("name", topic.Best.Field);
        Assert.Equal(10, claim.Score);
        Assert.Equal("statement", claim.Best.Field);
        Assert.True(hits.IndexOf(topic) < hits.IndexOf(claim));
        // "Widget" alone does not contain "widgets": the event is not a hit.
        Assert.DoesNotContain(hits, hit => hit.Entry.Key == new EntryKey("events", "acme-launch"));
    }

    [Fact]
    public void A_phrase_scores_more_than_its_words_apart()
    {
        var phrase = CatalogSearch.Search(Fixture.Catalog, "widgets will");
        var claim = phrase.Single(hit => hit.Entry.Id == "doe-widgets-will-win");

        // Both words whole in the statement (10 + 10), plus the phrase in the statement (5).
        Assert.Equal(25, claim.Score);
    }

    [Fact]
    public void No_match_prints_a_note_and_succeeds()
    {
        var result = Kb.Run("search", "zzzqqq");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No entries match 'zzzqqq'.\n", result.Out);
    }

    [Fact]
    public void The_table_names_the_field_that_matched()
    {
        var result = Kb.Run(Fixture.Catalog, "search", "gizmos");

        Assert.Equal(["SCORE", "ID", "COLLECTION", "MATCH", "TITLE"], result.Lines[0].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("12     widgets  topics      aliases  Widgets", result.Lines[1]);
    }

    [Fact]
    public void The_help_explains_the_ranking()
    {
        var result = Kb.Run("search", "--help");

        Assert.Contains("Ranking:", result.Out, Ordinal);
        Assert.Contains("title or name 10", result.Out, Ordinal);
    }

    private static int Score(System.Collections.Generic.List<JsonElement> hits, string id) =>
        hits.Single(hit => hit.GetProperty("id").GetString() == id).GetProperty("score").GetInt32();
}
