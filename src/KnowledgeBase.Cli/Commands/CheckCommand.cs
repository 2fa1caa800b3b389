using System;
using System.CommandLine;
using System.IO;
using System.Text;
using KnowledgeBase.Cli.Check;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb check [path...] [--format text|github|sarif] [--out FILE]</c>: the generator's diagnostics over the content
/// folder, in process and without a build, in the compiler's format, as GitHub workflow commands or as SARIF.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(KbContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Content files or folders to report on (default: all of content/, found from the current folder upwards).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (the compiler's format), github (workflow commands that annotate a pull request) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "github", "sarif");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the report to this file (folders are created) instead of standard output.",
            HelpName = "path",
        };
        var command = new KbCommand("check", "Report the errors and warnings a build would report in content files, without a build.")
        {
            paths, format, output,
        };
        command.Notes.Add(
            "Runs the KnowledgeBase generator itself over every file of the content folder, against the schema kb was built\n" +
            "with, so it reports what `dotnet build` reports. Paths only limit what is shown: references are always checked\n" +
            "against the whole folder. The one-line summary goes to standard error. Exit code 1 when there is an error.");
        command.Examples.Add("kb check");
        command.Examples.Add("kb check content/events/deepseek-r1-release.yaml");
        command.Examples.Add("kb check --format github              # in a GitHub Actions step: annotations on the pull request");
        command.Examples.Add("kb check --format sarif --out kb.sarif # for code-scanning tools");

        return command.Handle(parseResult =>
        {
            var currentDirectory = Environment.CurrentDirectory;
            var scope = CheckScope.For(parseResult.GetValue(paths) ?? [], currentDirectory);
            var result = ContentChecker.Run(scope);
            var report = parseResult.GetValue(format) switch
            {
                "github" => GitHubReport.Render(result),
                "sarif" => SarifReport.Render(result),
                _ => TextReport.Render(result, currentDirectory),
            };
            Write(context, parseResult.GetValue(output), report);
            context.Console.Error.WriteLine(TextReport.Summary(result));
            return result.Errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
    }

    private static void Write(KbContext context, FileInfo? file, string report)
    {
        if (file is null)
        {
            context.Console.Out.Write(report);
            return;
        }

        try
        {
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            File.WriteAllText(file.FullName, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"Cannot write {file.FullName}: {exception.Message}", exception);
        }
    }
}
