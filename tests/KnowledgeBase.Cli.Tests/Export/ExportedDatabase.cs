using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Export;

/// <summary>The real knowledge base exported once per test class with <c>kb export --format sqlite</c>, opened read-only.</summary>
public sealed class ExportedDatabase : IDisposable
{
    public const string BuiltAt = "2025-02-01T12:00:00Z";

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kb-sqlite-tests-" + Guid.NewGuid().ToString("N"));

    public ExportedDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "kb.db");
        Result = Kb.Run("export", "--format", "sqlite", "--out", Path, "--built-at", BuiltAt);
        Assert.True(Result.ExitCode == 0, Result.Error);
    }

    public string Path { get; }

    public KbResult Result { get; }

    /// <summary>Opens the database read-only; each query gets its own connection, as a reader would.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Every row of a query, each as its column values in order.</summary>
    public List<object?[]> Query(string sql) => Query(Path, sql);

    public static List<object?[]> Query(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var index = 0; index < row.Length; index++)
            {
                row[index] = reader.IsDBNull(index) ? null : reader.GetValue(index);
            }

            rows.Add(row);
        }

        return rows;
    }

    public object? Scalar(string sql) => Query(sql) is [var row, ..] ? row[0] : null;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
