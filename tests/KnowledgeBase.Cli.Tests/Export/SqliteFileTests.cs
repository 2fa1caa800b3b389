using System;
using System.IO;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Export;

/// <summary>How the database file is written: only whole, into place in one step, the same bytes for the same input.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-sqlite-file-" + Guid.NewGuid().ToString("N"));

    public SqliteFileTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void An_export_that_fails_midway_leaves_the_old_file_as_it_was_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "kb.db");
        byte[] old = [1, 2, 3, 4];
        File.WriteAllBytes(path, old);

        // Every row is written before the keys are checked; this claim's holder and source are in no table.
        var claim = new Claim("A claim whose references lead nowhere.", new Ref<Actor>("nobody"), new DateOnly(2025, 1, 1), [], [new Citation(new Ref<Source>("nowhere"))]) { Id = "dangling" };
        var result = Kb.Run(KnowledgeCatalog.Create(claims: [claim]), "export", "--format", "sqlite", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nobody", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal(["kb.db"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_good_export_replaces_the_old_file_and_creates_missing_folders()
    {
        var path = Path.Combine(_folder, "nested", "kb.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not a database");

        var result = Kb.Run(Fixture.Catalog, "export", "--format", "sqlite", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((long)Fixture.Catalog.Entries.Length, ExportedDatabase.Query(path, "SELECT count(*) FROM entries").Single()[0]);
        Assert.Equal(["kb.db"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_same_content_and_build_time_give_the_same_bytes()
    {
        var first = Path.Combine(_folder, "first.db");
        var second = Path.Combine(_folder, "second.db");

        Kb.Run("export", "--format", "sqlite", "--out", first, "--built-at", "2025-02-01T00:00:00+01:00");
        Kb.Run("export", "--format", "sqlite", "--out", second, "--built-at", "2025-01-31T23:00:00Z");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Sqlite_without_out_and_built_at_without_sqlite_are_usage_errors()
    {
        var withoutOut = Kb.Run("export", "--format", "sqlite");
        var builtAtForJson = Kb.Run("export", "--format", "json", "--built-at", "2025-02-01T00:00:00Z");

        Assert.Equal(2, withoutOut.ExitCode);
        Assert.Contains("--out", withoutOut.Error, StringComparison.Ordinal);
        Assert.Empty(withoutOut.Out);
        Assert.Equal(2, builtAtForJson.ExitCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
