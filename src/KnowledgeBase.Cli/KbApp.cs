using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Commands;

namespace KnowledgeBase.Cli;

/// <summary>
/// The <c>kb</c> application: builds the command tree, parses, runs the command and turns every failure into a
/// message on standard error and an exit code (see <see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class KbApp
{
    private static readonly string[] s_rootNotes =
    [
        "Ids are the YAML file names (content/events/deepseek-r1-release.yaml is deepseek-r1-release). An id that exists in\n" +
        "several collections can be given as collection/id (sources/amazon-q4-2024-earnings-call).",
        "Exit codes: 0 success; 1 the command could not finish (for example --out could not be written), or kb check\n" +
        "found content errors; 2 usage error (unknown command, option, id or collection, or a bad value).",
    ];

    private static readonly string[] s_rootExamples =
    [
        "kb list events",
        "kb show deepseek-r1-release",
        "kb search \"sputnik moment\"",
        "kb export --format json --out kb.json",
        "kb check",
    ];

    /// <summary>Runs <c>kb</c> over the compiled-in knowledge base.</summary>
    public static int Run(IReadOnlyList<string> args, KbConsole console) => Run(args, console, KnowledgeCatalog.Current);

    /// <summary>Runs <c>kb</c> over <paramref name="catalog"/>.</summary>
    public static int Run(IReadOnlyList<string> args, KbConsole console, KnowledgeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(console);
        var context = new KbContext(console, catalog);
        var root = BuildRoot(context);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Failures are reported below, as a message without a stack trace.
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            var parseResult = root.Parse(args);
            return parseResult.Action is ParseErrorAction
                ? ReportParseErrors(parseResult, console)
                : parseResult.Invoke(configuration);
        }
        catch (CommandException exception)
        {
            return Fail(console, exception.ExitCode, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(console, ExitCodes.Failure, exception.Message);
        }
#pragma warning disable CA1031 // The last resort: a user sees one line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Fail(console, ExitCodes.Failure, $"internal error ({exception.GetType().Name}): {exception.Message}");
        }
    }

    /// <summary>The command tree: <c>kb</c> and every command in <see cref="CommandRegistry"/>.</summary>
    public static Command BuildRoot(KbContext context)
    {
        // A plain Command named "kb" rather than RootCommand, whose name is the host executable's (testhost under tests).
        var help = new HelpOption();
        var root = new Command("kb", "Read and export the AI investment debate knowledge base: events, figures, claims, actors, topics and their sources.")
        {
            help,
            new VersionOption(),
        };
        foreach (var create in CommandRegistry.All)
        {
            root.Add(create(context));
        }

        var libraryHelp = (HelpAction)help.Action!;
        libraryHelp.MaxWidth = context.Console.Width ?? 100;
        var helpWithExamples = new ExamplesHelpAction(libraryHelp, s_rootNotes, s_rootExamples);
        help.Action = helpWithExamples;
        // Plain `kb` shows the help.
        root.SetAction(helpWithExamples.Invoke);
        return root;
    }

    private static int ReportParseErrors(ParseResult parseResult, KbConsole console)
    {
        var command = parseResult.CommandResult.Command;
        foreach (var error in parseResult.Errors)
        {
            console.Error.WriteLine("kb: " + error.Message);
        }

        var candidates = command.Subcommands.Select(subcommand => subcommand.Name)
            .Concat(command.Options.Where(option => !option.Hidden).Select(option => option.Name));
        // Unknown words: tokens nothing matched, and option-like tokens an argument refused (see EntryNames.RejectOptions).
        var unknown = parseResult.UnmatchedTokens
            .Concat(parseResult.Tokens.Where(token => token.Type == TokenType.Argument && token.Value.StartsWith('-')).Select(token => token.Value));
        var suggestions = unknown.SelectMany(token => ClosestMatches.Find(token, candidates)).Distinct().ToList();
        if (suggestions.Count > 0)
        {
            console.Error.WriteLine("Did you mean " + string.Join(", ", suggestions.Select(suggestion => "'" + suggestion + "'")) + "?");
        }

        var path = command.Name == "kb" ? "kb" : "kb " + command.Name;
        console.Error.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static int Fail(KbConsole console, int exitCode, string message)
    {
        console.Error.WriteLine("kb: " + message);
        return exitCode;
    }
}
