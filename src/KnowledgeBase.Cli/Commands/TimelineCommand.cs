using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb timeline [--from DATE] [--to DATE] [--json]</c>: the story of the debate, in date order.</summary>
internal static class TimelineCommand
{
    private static readonly string[] s_collections = [Event.CollectionName, Figure.CollectionName, Claim.CollectionName];

    public static Command Create(KbContext context)
    {
        var from = DateOption("--from", "Only entries on or after this day (yyyy-MM-dd).");
        var to = DateOption("--to", "Only entries on or before this day (yyyy-MM-dd).");
        var json = KbCommand.JsonOption();
        var command = new KbCommand("timeline", "Events, figures and claims in date order: the story of the debate.")
        {
            from, to, json,
        };
        command.Notes.Add("Entries without a date (some figures) are left out. On the same day: events, then figures, then claims.");
        command.Examples.Add("kb timeline");
        command.Examples.Add("kb timeline --from 2025-01-20 --to 2025-01-31");
        command.Examples.Add("kb timeline --json | jq -r '.[] | \"\\(.date) \\(.title)\"'");

        return command.Handle(parseResult =>
        {
            var start = parseResult.GetValue(from);
            var end = parseResult.GetValue(to);
            if (start > end)
            {
                throw CommandException.Usage($"--from {TextLayout.Date(start)} is after --to {TextLayout.Date(end)}.");
            }

            var dated = context.Catalog.Entries.Where(entry => s_collections.Contains(entry.Collection)).ToList();
            KnowledgeCatalog.ReadOutlines(dated);
            var entries = dated
                .Where(entry => entry.Date is not null)
                .Where(entry => (start is null || entry.Date >= start) && (end is null || entry.Date <= end))
                .OrderBy(entry => entry.Date)
                .ThenBy(entry => CollectionInfo.OrderOf(entry.Collection))
                .ThenBy(entry => entry.Id, StringComparer.Ordinal)
                .ToList();
            if (parseResult.GetValue(json))
            {
                EntryTable.WriteJson(context, entries);
                return ExitCodes.Ok;
            }

            if (entries.Count == 0)
            {
                context.Console.Out.WriteLine("No entries.");
                return ExitCodes.Ok;
            }

            var style = context.Style;
            var table = new Table(3, "DATE", "KIND", "ID", "TITLE");
            foreach (var entry in entries)
            {
                table.Add(
                    new Cell(TextLayout.Date(entry.Date)),
                    new Cell(CollectionInfo.Find(entry.Collection)?.Singular ?? entry.Collection),
                    new Cell(entry.Id, style.Id),
                    new Cell(entry.Title.ReplaceLineEndings(" ")));
            }

            table.Write(context.Console.Out, style, context.Console.Width);
            return ExitCodes.Ok;
        });
    }

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{token}' is not a date; use yyyy-MM-dd, for example 2025-01-27.");
            return null;
        },
    };
}
