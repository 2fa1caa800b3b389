using System;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Metadata;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// <c>kb export --format sqlite</c>: the catalog's entries as one SQLite database laid out from the generated metadata
/// (see <see cref="ExportLayout"/>), written in one transaction with foreign keys enforced, checked before the commit,
/// and moved into place only when complete.
/// </summary>
internal static class SqliteExport
{
    public static void Write(KnowledgeCatalog catalog, string path, ExportStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stamp);
        var metadata = ContentMetadata.Of(typeof(KnowledgeCatalog).Assembly);
        var layout = ExportLayout.For(metadata);
        AtomicFile.Write(path, temporary => WriteDatabase(catalog, layout, stamp, temporary));
    }

    private static void WriteDatabase(KnowledgeCatalog catalog, ExportLayout layout, ExportStamp stamp, string file)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open after Dispose, and the rename must see it closed.
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON");
        Execute(connection, "BEGIN");

        // References may point forward (to an id written later) or round (a chain of replacements), so the keys are
        // checked at the end of the transaction rather than row by row.
        Execute(connection, "PRAGMA defer_foreign_keys = ON");
        using (var writer = new DatabaseWriter(connection, layout))
        {
            writer.CreateTables();
            foreach (var (collection, table) in layout.Collections)
            {
                foreach (var entry in catalog.InCollection(collection.Name).Select(entry => (IEntry)entry.Entry))
                {
                    writer.WriteEntry(collection, table, entry);
                }
            }

            writer.WriteMetadata(stamp.Rows());
        }

        ForeignKeyCheck.ThrowIfBroken(connection);
        Execute(connection, "COMMIT");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
