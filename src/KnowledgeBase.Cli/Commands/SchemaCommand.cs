using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KnowledgeBase.Authoring;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb schema [--out DIR] [--check]</c>: writes (or checks) the JSON Schema of every collection, derived from the
/// compiled C# records, that editors use for completion and validation of content files.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(KbContext context)
    {
        var output = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = $"The folder to write the schemas into (default: content/{JsonSchemaFiles.FolderName}, found from the current folder upwards).",
            HelpName = "dir",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit with 1 and list the files that are missing or out of date.",
        };
        var command = new KbCommand("schema", "Write the JSON Schema of every collection, for editor completion and validation.")
        {
            output, check,
        };
        command.Notes.Add(
            "One <folder>.schema.json per collection: camelCase keys, types, required fields, enum values in kebab-case,\n" +
            "dates yyyy-MM-dd, nested records, content rules that JSON Schema can express, and for each reference the ids\n" +
            $"(with titles) of the compiled entries it may name, up to {EntryIds.ListLimit:N0} per collection (past that, the id pattern).\n" +
            "Run it after adding, renaming or retitling an entry too. Schema files of collections that no longer exist are\n" +
            "deleted. .vscode/settings.json maps each content folder to its schema.");
        command.Examples.Add("kb schema                 # after changing a collection record, or adding or retitling an entry");
        command.Examples.Add("kb schema --check         # in CI: fails when the committed schemas are stale");
        command.Examples.Add("kb schema --out /tmp/schemas");

        return command.Handle(parseResult =>
        {
            var directory = parseResult.GetValue(output)?.FullName ?? DefaultDirectory();
            var files = JsonSchemaFiles.Render(ContentMetadata.Of(typeof(Event).Assembly), ReferenceIds(context));
            if (parseResult.GetValue(check))
            {
                var problems = JsonSchemaFiles.Check(directory, files);
                foreach (var problem in problems)
                {
                    context.Console.Error.WriteLine($"kb: {Path.Combine(directory, problem)}");
                }

                if (problems.Count > 0)
                {
                    context.Console.Error.WriteLine($"kb: the schemas are stale; run `{JsonSchemaFiles.UpdateCommand}` and commit the result.");
                    return ExitCodes.Failure;
                }

                context.Console.Error.WriteLine($"kb: {files.Count} schemas in {directory} are up to date.");
                return ExitCodes.Ok;
            }

            try
            {
                var changed = JsonSchemaFiles.Write(directory, files);
                foreach (var name in changed)
                {
                    context.Console.Out.WriteLine(Path.Combine(directory, name));
                }

                context.Console.Error.WriteLine($"kb: {changed.Count} of {files.Count} schemas changed in {directory}.");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CommandException($"Cannot write the schemas into {directory}: {exception.Message}", exception);
            }

            return ExitCodes.Ok;
        });
    }

    /// <summary>The compiled entries' ids and titles, which the schemas list wherever a field refers to their collection.</summary>
    private static EntryIds ReferenceIds(KbContext context) =>
        EntryIds.Of(context.Catalog.Entries.Select(entry => new EntryId(entry.Collection, entry.Id, entry.Title)));

    private static string DefaultDirectory() =>
        ContentRoot.Find(Environment.CurrentDirectory) is { } content
            ? Path.Combine(content, JsonSchemaFiles.FolderName)
            : throw CommandException.Usage("No content folder in the current folder or above it; run kb from inside the clone or pass --out.");
}
