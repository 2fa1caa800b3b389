using System;
using System.Collections.Generic;
using System.CommandLine;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// A <c>kb</c> command: a System.CommandLine <see cref="Command"/> that also carries the extra help text and
/// examples that <c>--help</c> prints after the generated usage.
/// </summary>
internal sealed class KbCommand : Command
{
    public KbCommand(string name, string description)
        : base(name, description)
    {
    }

    /// <summary>Paragraphs printed after the options, for what does not fit in a description (ranking rules, formats).</summary>
    public IList<string> Notes { get; } = new List<string>();

    /// <summary>Example invocations, each a command line with an optional comment after <c>#</c>.</summary>
    public IList<string> Examples { get; } = new List<string>();

    /// <summary>The shared <c>--json</c> option of commands that can print machine output.</summary>
    public static Option<bool> JsonOption() => new("--json")
    {
        Description = "Print JSON instead of a table (collection, id, title, date, status, ...).",
    };

    /// <summary>Runs <paramref name="action"/> as this command's handler and returns its exit code.</summary>
    public KbCommand Handle(Func<ParseResult, int> action)
    {
        SetAction(action);
        return this;
    }
}
