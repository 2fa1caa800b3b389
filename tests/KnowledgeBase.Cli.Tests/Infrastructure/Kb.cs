using System.IO;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Tests.Infrastructure;

/// <summary>What one run of <c>kb</c> returned and printed.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record KbResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output's lines, without the final empty one.</summary>
    public string[] Lines => Out.TrimEnd('\n').Split('\n');
}

/// <summary>Runs <c>kb</c> in process, the way a pipe would see it unless told otherwise.</summary>
public static class Kb
{
    /// <summary>Runs over the compiled-in knowledge base, output redirected (no colour, no width).</summary>
    public static KbResult Run(params string[] args) => Run(KnowledgeCatalog.Current, args);

    /// <summary>Runs over <paramref name="catalog"/>, output redirected.</summary>
    public static KbResult Run(KnowledgeCatalog catalog, params string[] args) =>
        Run(catalog, isTerminal: false, width: null, noColor: false, args);

    /// <summary>Runs as if standard output were a terminal of <paramref name="width"/> columns.</summary>
    public static KbResult RunOnTerminal(int width, bool noColor, params string[] args) =>
        Run(KnowledgeCatalog.Current, isTerminal: true, width, noColor, args);

    private static KbResult Run(KnowledgeCatalog catalog, bool isTerminal, int? width, bool noColor, string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new KbConsole(output, error, isTerminal, width, noColor);
        var exitCode = KbApp.Run(args, console, catalog);
        return new KbResult(exitCode, output.ToString(), error.ToString());
    }
}
