using System;
using System.CommandLine;
using System.IO;
using System.Text;
using KnowledgeBase.Cli.Export;
using KnowledgeBase.Cli.Export.Sqlite;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb export --format json|csv|markdown|sqlite [--out PATH]</c>: the whole knowledge base for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(KbContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (every typed field), csv (one flat table), markdown (the prose snapshot's rendering) or sqlite (a database; needs --out).",
            Required = true,
        }.AcceptOnlyFromAmong("json", "csv", "markdown", "sqlite");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (folders are created) instead of standard output.",
            HelpName = "path",
        };
        var builtAt = new Option<DateTimeOffset?>("--built-at")
        {
            Description = "sqlite: the build time to record (ISO 8601), so one commit exports the same bytes; default the commit's time.",
            HelpName = "time",
        };
        var command = new KbCommand("export", "Export the whole knowledge base as JSON, CSV, Markdown or SQLite.")
        {
            format, output, builtAt,
        };
        command.Notes.Add(
            "json: {\"sources\": [...], \"actors\": [...], \"events\": [...], \"figures\": [...], \"claims\": [...], \"topics\": [...]};\n" +
            "each entry is its id plus every field under its YAML key: dates ISO strings, numbers JSON numbers, enums\n" +
            "their YAML names, references ids, absent values null, absent lists []. Figures add isDisputed and spread.");
        command.Notes.Add(
            "csv: one flat table, one row per entry: collection, id, title, date, status, text, references\n" +
            "(collection/id;...), sources (source ids;...). RFC 4180 quoting. Use json for every typed field.");
        command.Notes.Add("markdown: the same document as the prose snapshot (KnowledgeBase.Rendering.KnowledgeBaseMarkdown).");
        command.Notes.Add(
            "sqlite: a table per collection (typed columns, references as foreign keys), a table per list, citations,\n" +
            "entries, an FTS5 index (search) and metadata. Written to a temporary file and moved into place when complete.");
        command.Examples.Add("kb export --format json --out kb.json");
        command.Examples.Add("kb export -f json | jq '.figures[] | select(.isDisputed) | .id'");
        command.Examples.Add("kb export --format csv --out kb.csv     # pandas.read_csv(\"kb.csv\")");
        command.Examples.Add("kb export --format markdown > kb.md");
        command.Examples.Add("kb export --format sqlite --out kb.db  # sqlite3 kb.db \"SELECT id FROM search WHERE search MATCH 'sputnik'\"");

        return command.Handle(parseResult =>
        {
            var chosen = parseResult.GetRequiredValue(format);
            if (parseResult.GetValue(builtAt) is not null && chosen != "sqlite")
            {
                throw CommandException.Usage("--built-at applies to --format sqlite only.");
            }

            if (chosen == "sqlite")
            {
                return ExportDatabase(context, parseResult.GetValue(output), parseResult.GetValue(builtAt));
            }

            var text = chosen switch
            {
                "json" => JsonExport.Render(context.Catalog),
                "csv" => CsvExport.Render(context.Catalog),
                _ => KnowledgeBaseMarkdown.Render(),
            };
            if (parseResult.GetValue(output) is not { } file)
            {
                context.Console.Out.Write(text);
                return ExitCodes.Ok;
            }

            try
            {
                if (file.Directory is { Exists: false } directory)
                {
                    directory.Create();
                }

                File.WriteAllText(file.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (IOException exception)
            {
                throw new CommandException($"Cannot write {file.FullName}: {exception.Message}", exception);
            }
            catch (System.UnauthorizedAccessException exception)
            {
                throw new CommandException($"Cannot write {file.FullName}: {exception.Message}", exception);
            }

            context.Console.Error.WriteLine($"kb: wrote {file.FullName}");
            return ExitCodes.Ok;
        });
    }

    private static int ExportDatabase(KbContext context, FileInfo? file, DateTimeOffset? builtAt)
    {
        if (file is null)
        {
            throw CommandException.Usage("--format sqlite needs --out PATH: a database is a file, not text for standard output.");
        }

        try
        {
            var stamp = ExportStamp.Gather(builtAt, typeof(Catalog.KnowledgeCatalog).Assembly, Directory.GetCurrentDirectory());
            SqliteExport.Write(context.Catalog, file.FullName, stamp);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            throw new CommandException($"Cannot write {file.FullName}: {exception.Message}", exception);
        }

        context.Console.Error.WriteLine($"kb: wrote {file.FullName}");
        return ExitCodes.Ok;
    }
}
