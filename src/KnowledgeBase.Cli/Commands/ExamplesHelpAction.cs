using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// System.CommandLine's help, followed by the command's notes and examples. The library's help builder is not
/// public in 2.0, so this wraps its action rather than customising its layout.
/// </summary>
/// <param name="inner">The library's help action.</param>
/// <param name="rootNotes">Notes for <c>kb --help</c> itself.</param>
/// <param name="rootExamples">Examples for <c>kb --help</c> itself.</param>
internal sealed class ExamplesHelpAction(HelpAction inner, IList<string> rootNotes, IList<string> rootExamples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = inner.Invoke(parseResult);
        var (notes, examples) = parseResult.CommandResult.Command is KbCommand command
            ? (command.Notes, command.Examples)
            : (rootNotes, rootExamples);
        var output = parseResult.InvocationConfiguration.Output;
        foreach (var note in notes)
        {
            output.WriteLine(note);
            output.WriteLine();
        }

        if (examples.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return result;
    }
}
