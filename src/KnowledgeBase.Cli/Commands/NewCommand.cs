using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KnowledgeBase.Authoring;
using KnowledgeBase.Authoring.Templates;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb new &lt;collection&gt; &lt;id&gt;</c>: writes <c>content/&lt;collection&gt;/&lt;id&gt;.yaml</c> with every required
/// field empty and every optional field commented out, for an editor to fill in. Never overwrites a file.
/// </summary>
internal static class NewCommand
{
    public static Command Create(KbContext context)
    {
        var schema = ContentMetadata.Of(typeof(Event).Assembly);
        var collection = new Argument<string>("collection")
        {
            Description = "The collection: its folder (" + string.Join(", ", Collections.ByFolder(schema).Select(candidate => candidate.Name)) + ") or record name.",
        };
        var id = new Argument<string>("id")
        {
            Description = "The new entry's id, which becomes its file name: lower kebab-case, for example nvidia-q4-2024-results.",
        };
        var content = new Option<DirectoryInfo?>("--content")
        {
            Description = "The content folder (default: content, found from the current folder upwards).",
            HelpName = "dir",
        };
        var command = new KbCommand("new", "Create a new entry file with every field to fill in.")
        {
            collection, id, content,
        };
        command.Notes.Add(
            "Required fields are written empty, so the build (and an editor using the schemas) reports each one until it\n" +
            "is filled in; optional fields are commented out with their default. A bad id or an existing file is refused.");
        command.Examples.Add("kb new events nvidia-q4-2024-results");
        command.Examples.Add("kb new Source reuters-deepseek-2025-01-27");

        return command.Handle(parseResult =>
        {
            var root = parseResult.GetValue(content)?.FullName
                ?? ContentRoot.Find(Environment.CurrentDirectory)
                ?? throw CommandException.Usage("No content folder in the current folder or above it; run kb from inside the clone or pass --content.");
            NewEntryOutcome outcome;
            try
            {
                outcome = NewEntryFile.Create(root, schema, parseResult.GetRequiredValue(collection), parseResult.GetRequiredValue(id));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CommandException($"Cannot write the new entry into {root}: {exception.Message}", exception);
            }

            if (!outcome.Succeeded)
            {
                throw CommandException.Usage(outcome.Error!);
            }

            context.Console.Out.WriteLine(outcome.Path);
            context.Console.Error.WriteLine("kb: fill in the empty fields; `dotnet build` reports any still missing at their line.");
            return ExitCodes.Ok;
        });
    }
}
