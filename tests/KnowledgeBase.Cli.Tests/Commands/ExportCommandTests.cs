using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using KnowledgeBase.Rendering;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

public class ExportCommandTests
{
    [Fact]
    public void Json_has_every_entry_of_every_collection()
    {
        var result = Kb.Run("export", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(["sources", "actors", "events", "figures", "claims", "topics"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(Source.All.Select(entry => entry.Id), Ids(root, "sources"));
        Assert.Equal(Actor.All.Select(entry => entry.Id), Ids(root, "actors"));
        Assert.Equal(Event.All.Select(entry => entry.Id), Ids(root, "events"));
        Assert.Equal(Figure.All.Select(entry => entry.Id), Ids(root, "figures"));
        Assert.Equal(Claim.All.Select(entry => entry.Id), Ids(root, "claims"));
        Assert.Equal(Topic.All.Select(entry => entry.Id), Ids(root, "topics"));
    }

    [Fact]
    public void Json_keeps_types_dates_iso_numbers_as_numbers_refs_as_ids()
    {
        var result = Kb.Run("export", "-f", "json");

        using var document = JsonDocument.Parse(result.Out);
        var release = document.RootElement.GetProperty("events").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == "deepseek-r1-release");
        Assert.Equal("2025-01-20", release.GetProperty("date").GetString());
        Assert.Equal(Event.DeepseekR1Release.Actors.Select(actor => actor.Id), release.GetProperty("actors").EnumerateArray().Select(actor => actor.GetString()));
        Assert.Equal(JsonValueKind.Object, release.GetProperty("citations")[0].ValueKind);
        Assert.Equal(Event.DeepseekR1Release.Citations[0].Source.Id, release.GetProperty("citations")[0].GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, release.GetProperty("supersededBy").ValueKind);

        var figure = document.RootElement.GetProperty("figures").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == "nvidia-market-value-lost-2025-01-27");
        Assert.Equal(Figure.NvidiaMarketValueLost20250127.Values[0].Value, figure.GetProperty("values")[0].GetProperty("value").GetDecimal());
        Assert.Equal("disputed", figure.GetProperty("status").GetString());
        Assert.True(figure.GetProperty("isDisputed").GetBoolean());
        Assert.Equal(Figure.NvidiaMarketValueLost20250127.Spread!.Value.Low, figure.GetProperty("spread").GetProperty("low").GetDecimal());
    }

    [Fact]
    public void Csv_is_one_flat_table_with_a_row_per_entry()
    {
        var result = Kb.Run("export", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = ParseCsv(result.Out);
        Assert.Equal(["collection", "id", "title", "date", "status", "text", "references", "sources"], rows[0]);
        Assert.Equal(KnowledgeCatalog.Current.Entries.Length, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(8, row.Count));
        var release = rows.Single(row => row[0] == "events" && row[1] == "deepseek-r1-release");
        Assert.Equal(Event.DeepseekR1Release.Title, release[2]);
        Assert.Equal("2025-01-20", release[3]);
        Assert.Contains("actors/deepseek", release[6].Split(';'));
        Assert.Equal(Event.DeepseekR1Release.Citations.Select(citation => citation.Source.Id).Distinct(), release[7].Split(';'));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks()
    {
        var claim = new Claim("Says \"yes\", then\nno.", new Ref<Actor>("x"), new DateOnly(2025, 1, 1), [], [new Citation(new Ref<Source>("s"))]) { Id = "q" };
        var result = Kb.Run(KnowledgeCatalog.Create(claims: [claim]), "export", "--format", "csv");

        Assert.Equal("claims,q,\"Says \"\"yes\"\", then no.\",2025-01-01,current,,actors/x,s", result.Lines[1]);
    }

    [Fact]
    public void Markdown_is_the_prose_snapshot_rendering()
    {
        var result = Kb.Run("export", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(KnowledgeBaseMarkdown.Render(), result.Out);
    }

    [Fact]
    public void Out_writes_the_file_creates_folders_and_reports_on_stderr()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kb-cli-tests-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "kb.json");
        try
        {
            var result = Kb.Run("export", "--format", "json", "--out", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.Out);
            Assert.Contains(path, result.Error, StringComparison.Ordinal);
            Assert.Equal(Kb.Run("export", "--format", "json").Out, File.ReadAllText(path, Encoding.UTF8));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void An_unwritable_out_path_is_exit_code_1_without_a_stack_trace()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A path below a regular file cannot be created.
            var result = Kb.Run("export", "--format", "csv", "--out", Path.Combine(file, "kb.csv"));

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("kb: Cannot write ", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(new string[0], "Option '--format' is required")]
    [InlineData(new[] { "--format", "xml" }, "'xml'")]
    public void A_missing_or_unknown_format_is_a_usage_error(string[] options, string message)
    {
        var result = Kb.Run(["export", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Ids(JsonElement root, string collection) =>
        root.GetProperty(collection).EnumerateArray().Select(entry => entry.GetProperty("id").GetString());

    // RFC 4180, enough to check the export: quoted fields may hold commas, doubled quotes and line breaks.
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (quoted)
            {
                if (character == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (character == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(character);
            }
        }

        return rows;
    }
}
