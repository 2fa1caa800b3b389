using System;
using System.IO;

namespace KnowledgeBase.Cli;

/// <summary>
/// Where <c>kb</c> writes and what it knows about the terminal. Injected so tests run the app in process and
/// decide for themselves whether output is a terminal, how wide it is and whether colour is allowed.
/// </summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: messages about failures.</param>
/// <param name="IsTerminal">True when standard output is an interactive terminal rather than a pipe or file.</param>
/// <param name="Width">The terminal's width in columns; null when output is not a terminal (lines are then never cut).</param>
/// <param name="NoColor">True when the user asked for no colour (the <c>NO_COLOR</c> convention).</param>
internal sealed record KbConsole(TextWriter Out, TextWriter Error, bool IsTerminal, int? Width, bool NoColor)
{
    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set.</summary>
    public bool UseColor => IsTerminal && !NoColor;

    /// <summary>The real console of this process.</summary>
    /// <returns>A console over <see cref="Console.Out"/> and <see cref="Console.Error"/>.</returns>
    public static KbConsole FromProcess()
    {
        var isTerminal = !Console.IsOutputRedirected;
        // https://no-color.org: any non-empty value turns colour off.
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new KbConsole(Console.Out, Console.Error, isTerminal, isTerminal ? TerminalWidth() : null, noColor);
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
