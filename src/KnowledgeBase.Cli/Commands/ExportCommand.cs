using System.CommandLine;
using System.IO;
using System.Text;
using KnowledgeBase.Cli.Export;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb export --format json|csv|markdown [--out PATH]</c>: the whole knowledge base for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(KbContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (every typed field), csv (one flat table) or markdown (the prose snapshot's rendering).",
            Required = true,
        }.AcceptOnlyFromAmong("json", "csv", "markdown");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (folders are created) instead of standard output.",
            HelpName = "path",
        };
        var command = new KbCommand("export", "Export the whole knowledge base as JSON, CSV or Markdown.")
        {
            format, output,
        };
        command.Notes.Add(
            "json: {\"sources\": [...], \"actors\": [...], \"events\": [...], \"figures\": [...], \"claims\": [...], \"topics\": [...]};\n" +
            "each entry is its id plus every field under its YAML key: dates ISO strings, numbers JSON numbers, enums\n" +
            "their YAML names, references ids, absent values null, absent lists []. Figures add isDisputed and spread.");
        command.Notes.Add(
            "csv: one flat table, one row per entry: collection, id, title, date, status, text, references\n" +
            "(collection/id;...), sources (source ids;...). RFC 4180 quoting. Use json for every typed field.");
        command.Notes.Add("markdown: the same document as the prose snapshot (KnowledgeBase.Rendering.KnowledgeBaseMarkdown).");
        command.Examples.Add("kb export --format json --out kb.json");
        command.Examples.Add("kb export -f json | jq '.figures[] | select(.isDisputed) | .id'");
        command.Examples.Add("kb export --format csv --out kb.csv     # pandas.read_csv(\"kb.csv\")");
        command.Examples.Add("kb export --format markdown > kb.md");

        return command.Handle(parseResult =>
        {
            var text = parseResult.GetRequiredValue(format) switch
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
}
