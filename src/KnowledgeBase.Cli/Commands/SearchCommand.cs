using System.CommandLine;
using System.Globalization;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb search &lt;text&gt; [--json]</c>: ranked, case-insensitive search.</summary>
internal static class SearchCommand
{
    public static Command Create(KbContext context)
    {
        var text = new Argument<string[]>("text")
        {
            Description = "The words to look for (quotes optional); every word must occur in the entry.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = KbCommand.JsonOption();
        var command = new KbCommand("search", "Search titles, names, statements, quotes and other text, case-insensitively; best matches first.")
        {
            text, json,
        };
        command.Notes.Add(
            "Ranking: every word must occur somewhere in an entry (a substring match), or the entry is left out.\n" +
            "Each word scores the weight of the strongest field it occurs in: title or name 10, alias/publisher/\n" +
            "author 6, claim statement 5, quote (a claim's or a citation's, or a value as reported) 3, other text\n" +
            "such as a summary or note 1; doubled when it is a whole word there. When the whole query occurs as a\n" +
            "phrase in a field, that field's weight is added once more. Ties: collection, then id. MATCH names the\n" +
            "field that counted most.");
        command.Examples.Add("kb search sputnik");
        command.Examples.Add("kb search \"scale is all you need\"");
        command.Examples.Add("kb search nvidia market value --json | jq '.[0].id'");

        return command.Handle(parseResult =>
        {
            var query = string.Join(' ', parseResult.GetRequiredValue(text));
            var hits = CatalogSearch.Search(context.Catalog, query);
            if (parseResult.GetValue(json))
            {
                Output.Json.Write(context.Console.Out, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var hit in hits)
                    {
                        writer.WriteStartObject();
                        Output.Json.SummaryProperties(writer, hit.Entry);
                        writer.WriteNumber("score", hit.Score);
                        writer.WriteString("match", hit.Best.Field);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (hits.IsEmpty)
            {
                context.Console.Out.WriteLine($"No entries match '{query}'.");
                return ExitCodes.Ok;
            }

            var style = context.Style;
            var table = new Table(4, "SCORE", "ID", "COLLECTION", "MATCH", "TITLE");
            foreach (var hit in hits)
            {
                table.Add(
                    new Cell(hit.Score.ToString(CultureInfo.InvariantCulture)),
                    new Cell(hit.Entry.Id, style.Id),
                    new Cell(hit.Entry.Collection),
                    new Cell(hit.Best.Field),
                    new Cell(hit.Entry.Title.ReplaceLineEndings(" ")));
            }

            table.Write(context.Console.Out, style, context.Console.Width);
            return ExitCodes.Ok;
        });
    }
}
