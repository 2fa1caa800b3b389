using System.CommandLine;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb disputes</c>: every figure whose sources disagree, with each reported value and who reported it.</summary>
internal static class DisputesCommand
{
    public static Command Create(KbContext context)
    {
        var command = new KbCommand("disputes", "List every disputed figure with each reported value, its sources, and the spread between them.");
        command.Notes.Add("A figure is disputed when it is marked so, or its reported values disagree (see Figure.IsDisputed:\nexact values that differ, or an approximate value more than 5% from another). The spread is the lowest\nto the highest value any source reported.");
        command.Examples.Add("kb disputes");
        command.Examples.Add("kb disputes | less -R");

        return command.Handle(_ =>
        {
            var output = context.Console.Out;
            var style = context.Style;
            var disputed = context.Catalog.Entries.Select(entry => entry.Entry).OfType<Figure>().Where(figure => figure.IsDisputed).ToList();
            if (disputed.Count == 0)
            {
                output.WriteLine("No disputed figures.");
                return ExitCodes.Ok;
            }

            output.WriteLine($"{disputed.Count} disputed {(disputed.Count == 1 ? "figure" : "figures")}");
            foreach (var figure in disputed)
            {
                output.WriteLine();
                output.WriteLine(style.Id("figures/" + figure.Id) + "  " + style.Bold(figure.Title));
                if (figure.Spread is { } spread)
                {
                    output.WriteLine($"  spread: {Quantity.Format(spread.Low, figure.Unit)} to {Quantity.Format(spread.High, figure.Unit)} (width {Quantity.Format(spread.Width, figure.Unit)})");
                }

                foreach (var value in figure.Values)
                {
                    var asReported = value.AsReported is { } words ? " \u2014 as reported: \u201C" + words + "\u201D" : string.Empty;
                    output.WriteLine("  - " + Quantity.Describe(value, figure.Unit) + asReported);
                    foreach (var citation in value.Citations)
                    {
                        output.WriteLine("      " + style.Id(citation.Source.Id) + " (" + context.Catalog.TitleOf(new EntryKey(Source.CollectionName, citation.Source.Id)) + ")");
                    }
                }

                if (figure.StatusReason is { } reason)
                {
                    foreach (var line in TextLayout.Wrap("why: " + reason, context.Console.Width - 2))
                    {
                        output.WriteLine("  " + style.Dim(line));
                    }
                }
            }

            return ExitCodes.Ok;
        });
    }
}
