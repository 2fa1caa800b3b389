using System;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Catalog;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Export;

/// <summary>The exported database queried the way an analyst would, checked against the compiled-in records.</summary>
public class SqliteContentTests(ExportedDatabase database) : IClassFixture<ExportedDatabase>
{
    [Fact]
    public void Each_collection_table_and_the_entries_table_hold_as_many_entries_as_the_catalog()
    {
        foreach (var collection in KnowledgeCatalog.Current.Entries.GroupBy(entry => entry.Collection))
        {
            Assert.Equal((long)collection.Count(), database.Scalar($"SELECT count(*) FROM \"{collection.Key}\""));
            Assert.Equal((long)collection.Count(), database.Scalar($"SELECT count(*) FROM entries WHERE collection = '{collection.Key}'"));
        }

        Assert.Equal((long)KnowledgeCatalog.Current.Entries.Length, database.Scalar("SELECT count(*) FROM entries"));
    }

    [Fact]
    public void Foreign_key_check_finds_nothing()
    {
        Assert.Empty(database.Query("PRAGMA foreign_key_check"));
    }

    [Fact]
    public void Every_citation_is_there_and_its_source_resolves()
    {
        Assert.Equal((long)KnowledgeCatalog.Current.Entries.Sum(entry => entry.Citations.Length), database.Scalar("SELECT count(*) FROM citations"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM citations c LEFT JOIN sources s ON s.id = c.source_id WHERE s.id IS NULL"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM citations c LEFT JOIN entries e ON e.collection = c.collection AND e.id = c.entry_id WHERE e.id IS NULL"));
    }

    [Fact]
    public void A_disputed_figures_values_join_to_the_publishers_that_reported_them()
    {
        var rows = database.Query("""
            SELECT v.ordinal, v.value_exact, v.qualifier, s.publisher, c.supports
            FROM figures f
            JOIN figures_values v ON v.figure_id = f.id
            JOIN citations c ON c.figures_values_id = v.id
            JOIN sources s ON s.id = c.source_id
            WHERE f.id = 'nvidia-market-value-lost-2025-01-27' AND f.is_disputed = 1
            ORDER BY v.ordinal, c.ordinal
            """);

        Assert.Equal(
            [
                "1 -600000000000 approximately CNBC about -US$600 billion",
                "2 -589000000000 exact EconoTimes -US$589 billion",
                "2 -589000000000 exact Longbridge -US$589 billion",
                "3 -593700000000 exact The Epoch Times -US$593.7 billion",
            ],
            rows.Select(row => string.Join(' ', row.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public void Match_sputnik_finds_the_claims_whose_words_mention_it()
    {
        var found = database.Query("SELECT id FROM search WHERE search MATCH 'sputnik' AND collection = 'claims' ORDER BY id").Select(row => (string)row[0]!);

        // The claims whose statement, quote or cited quotes say "Sputnik", read from the records themselves.
        var mentioning = Claim.All
            .Where(claim => new[] { claim.Statement, claim.Quote }.Concat(claim.Citations.Select(citation => citation.Quote))
                .Any(text => text?.Contains("sputnik", StringComparison.OrdinalIgnoreCase) == true))
            .Select(claim => claim.Id)
            .Order(StringComparer.Ordinal);
        Assert.Equal(mentioning, found);
        Assert.Equal(["acemoglu-reports-sputnik-moment-framing", "andreessen-deepseek-r1-sputnik-moment"], found);
    }

    [Fact]
    public void Full_text_columns_weigh_titles_above_quotes_with_bm25()
    {
        var best = database.Scalar("SELECT title FROM search WHERE search MATCH 'sputnik' ORDER BY bm25(search, 10, 6, 5, 3, 1) LIMIT 1");

        Assert.Contains("sputnik", (string)best!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Columns_are_typed_dates_iso_text_numbers_real_booleans_0_or_1_enums_yaml_names_absent_null()
    {
        var release = database.Query("SELECT date, typeof(date), superseded_by, status FROM events WHERE id = 'deepseek-r1-release'").Single();
        Assert.Equal(["2025-01-20", "text", null, "current"], release);

        var figure = database.Query("SELECT measure, is_disputed, typeof(is_disputed), spread_low_exact FROM figures WHERE id = 'nvidia-market-value-lost-2025-01-27'").Single();
        Assert.Equal(["market-value-change", 1L, "integer", "-600000000000"], figure);

        Assert.Equal("real", database.Scalar("SELECT DISTINCT typeof(value) FROM figures_values WHERE value IS NOT NULL"));
        Assert.Equal(Event.DeepseekR1Release.Actors.Select(actor => actor.Id), database.Query("SELECT actor_id FROM events_actors WHERE event_id = 'deepseek-r1-release' ORDER BY ordinal").Select(row => row[0]));
    }

    [Fact]
    public void Every_decimal_keeps_its_exact_digits_beside_the_real()
    {
        var rows = database.Query("SELECT figure_id, ordinal, value, value_exact FROM figures_values WHERE value IS NOT NULL");

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var written = Figure.Get((string)row[0]!).Values[(int)(long)row[1]! - 1].Value;
            Assert.Equal(written, decimal.Parse((string)row[3]!, CultureInfo.InvariantCulture));
            Assert.Equal((double)written!.Value, (double)row[2]!);
        }
    }

    [Fact]
    public void The_metadata_table_says_what_built_it_when_from_which_commit_and_the_licence()
    {
        var metadata = database.Query("SELECT key, value FROM metadata").ToDictionary(row => (string)row[0]!, row => (string)row[1]!);

        Assert.Equal("kb", metadata["tool"]);
        Assert.False(string.IsNullOrEmpty(metadata["tool_version"]));
        Assert.Equal(ExportedDatabase.BuiltAt, metadata["built_at"]);
        Assert.Equal("option", metadata["built_at_from"]);
        Assert.Matches("^([0-9a-f]{40}|unknown)$", metadata["commit"]);
        Assert.Equal("not stated", metadata["content_licence"]);
    }

    [Fact]
    public void Writing_reports_the_file_on_stderr_and_nothing_on_stdout()
    {
        Assert.Empty(database.Result.Out);
        Assert.Contains(database.Path, database.Result.Error, StringComparison.Ordinal);
    }
}
