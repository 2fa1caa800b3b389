using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// <c>PRAGMA foreign_key_check</c> before the commit, so an entry that refers to one the export does not hold (a
/// filtered catalog) fails the export with the reference named, rather than SQLite's bare "constraint failed".
/// </summary>
internal static class ForeignKeyCheck
{
    public static void ThrowIfBroken(SqliteConnection connection)
    {
        var problems = new List<string>();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA foreign_key_check";
            using var reader = check.ExecuteReader();
            while (reader.Read() && problems.Count < 3)
            {
                problems.Add(Describe(connection, reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("references that do not resolve: " + string.Join("; ", problems));
        }
    }

    private static string Describe(SqliteConnection connection, string table, long rowId, string parent, long keyId)
    {
        var from = new List<string>();
        using (var keys = connection.CreateCommand())
        {
            keys.CommandText = "SELECT \"from\" FROM pragma_foreign_key_list($table) WHERE id = $id";
            keys.Parameters.AddWithValue("$table", table);
            keys.Parameters.AddWithValue("$id", keyId);
            using var reader = keys.ExecuteReader();
            while (reader.Read())
            {
                from.Add(reader.GetString(0));
            }
        }

        using var row = connection.CreateCommand();
        row.CommandText = "SELECT " + string.Join(" || '/' || ", from.ConvertAll(SqlNames.Quote)) + " FROM " + SqlNames.Quote(table) + " WHERE rowid = $row";
        row.Parameters.AddWithValue("$row", rowId);
        var value = Convert.ToString(row.ExecuteScalar(), CultureInfo.InvariantCulture);
        return $"{table} row {rowId.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", from)} = '{value}' is not in {parent}";
    }
}
