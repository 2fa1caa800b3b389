using System.Linq;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class ListCommandTests
{
    [Fact]
    public void Lists_every_entry_under_a_header()
    {
        var result = Kb.Run("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ID", "COLLECTION", "DATE", "STATUS", "TITLE"], result.Lines[0].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(KnowledgeCatalog.Current.Entries.Length, result.Lines.Length - 1);
        Assert.Contains(result.Lines, line => line.StartsWith("deepseek-r1-release ", System.StringComparison.Ordinal) && line.Contains(" events ", System.StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.StartsWith("nvidia ", System.StringComparison.Ordinal) && line.Contains(" actors ", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("events")]
    [InlineData("event")]
    [InlineData("Events")]
    public void A_collection_limits_the_list_and_may_be_singular_or_any_case(string collection)
    {
        var result = Kb.Run("list", collection, "--json");

        Assert.Equal(0, result.ExitCode);
        var ids = Ids(result.Out);
        Assert.Equal(Event.All.Select(entry => entry.Id), ids);
    }

    [Fact]
    public void An_unknown_collection_is_exit_code_2_with_the_closest_collection()
    {
        var result = Kb.Run("list", "evnts");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("No collection 'evnts'. Did you mean 'events'?", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("Collections: sources, actors, events, figures, claims, topics.", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_filter_keeps_entries_that_refer_to_the_actor()
    {
        var result = Kb.Run("list", "--actor", "nvidia", "--json");

        Assert.Equal(0, result.ExitCode);
        var keys = Keys(result.Out);
        Assert.Contains("events/nvidia-record-one-day-market-value-loss", keys);
        Assert.Contains("figures/nvidia-market-value-lost-2025-01-27", keys);
        var nvidia = new EntryKey("actors", "nvidia");
        Assert.All(keys, key =>
        {
            Assert.True(KnowledgeCatalog.Current.Resolve(key).Single().References.Any(reference => reference.Target == nvidia), key);
        });
    }

    [Fact]
    public void Topic_filter_keeps_entries_that_refer_to_the_topic()
    {
        var result = Kb.Run("list", "claims", "--topic", "sputnik-moment", "--json");

        Assert.Equal(0, result.ExitCode);
        var keys = Keys(result.Out);
        Assert.Contains("claims/andreessen-deepseek-r1-sputnik-moment", keys);
        Assert.All(keys, key => Assert.StartsWith("claims/", key, System.StringComparison.Ordinal));
        Assert.All(Claim.All.Where(claim => claim.Topics.Any(stance => stance.Topic.Id == "sputnik-moment")), claim => Assert.Contains("claims/" + claim.Id, keys));
    }

    [Fact]
    public void An_unknown_topic_or_actor_is_exit_code_2_with_suggestions()
    {
        var topic = Kb.Run("list", "--topic", "scaling");
        var actor = Kb.Run("list", "--actor", "nvida");

        Assert.Equal(2, topic.ExitCode);
        Assert.Contains("No topic 'scaling'. Did you mean 'scaling-laws'", topic.Error, System.StringComparison.Ordinal);
        Assert.Equal(2, actor.ExitCode);
        Assert.Contains("Did you mean 'nvidia'", actor.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Status_filter_keeps_entries_with_that_status()
    {
        var result = Kb.Run("list", "--status", "disputed", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        Assert.NotEmpty(document.RootElement.EnumerateArray());
        Assert.All(document.RootElement.EnumerateArray(), entry => Assert.Equal("disputed", entry.GetProperty("status").GetString()));
        Assert.Equal(KnowledgeCatalog.Current.Entries.Count(entry => entry.Status == EntryStatus.Disputed), document.RootElement.GetArrayLength());
    }

    [Fact]
    public void An_invalid_status_is_a_usage_error()
    {
        var result = Kb.Run("list", "--status", "wrong");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'wrong'", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_that_match_nothing_print_a_note_and_succeed()
    {
        var table = Kb.Run(Fixture.Catalog, "list", "actors", "--status", "retracted");
        var json = Kb.Run(Fixture.Catalog, "list", "actors", "--status", "retracted", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Equal("No entries.\n", table.Out);
        Assert.Equal("[]\n", json.Out);
    }

    [Fact]
    public void Json_has_typed_summaries()
    {
        var result = Kb.Run("list", "events", "--json");

        using var document = JsonDocument.Parse(result.Out);
        var release = document.RootElement.EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == "deepseek-r1-release");
        Assert.Equal("events", release.GetProperty("collection").GetString());
        Assert.Equal("2025-01-20", release.GetProperty("date").GetString());
        Assert.Equal(Event.DeepseekR1Release.Title, release.GetProperty("title").GetString());
        Assert.Equal("current", release.GetProperty("status").GetString());
    }

    internal static string[] Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(entry => entry.GetProperty("id").GetString()!)];
    }

    internal static string[] Keys(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(entry => entry.GetProperty("collection").GetString() + "/" + entry.GetProperty("id").GetString())];
    }
}
