using System;
using System.CommandLine;
using System.Linq;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb list [collection] [--topic T] [--actor A] [--status S] [--json]</c>.</summary>
internal static class ListCommand
{
    public static Command Create(KbContext context)
    {
        var collection = EntryNames.RejectOptions(new Argument<string?>("collection")
        {
            Description = "Only this collection: " + string.Join(", ", CollectionInfo.All.Select(info => info.Name)) + ".",
            Arity = ArgumentArity.ZeroOrOne,
        });
        var topic = new Option<string?>("--topic", "-t") { Description = "Only entries about this topic id (for example scaling-laws)." };
        var actor = new Option<string?>("--actor", "-a") { Description = "Only entries that involve this actor id (for example nvidia)." };
        var status = new Option<string?>("--status", "-s")
        {
            Description = "Only entries with this status: current, disputed, superseded or retracted.",
            HelpName = "status",
        }
            .AcceptOnlyFromAmong(Enum.GetValues<EntryStatus>().Select(Output.TextLayout.Name).ToArray());
        var json = KbCommand.JsonOption();

        var command = new KbCommand("list", "List entries as a table: id, collection, date, title, status.")
        {
            collection, topic, actor, status, json,
        };
        command.Notes.Add("An entry is about a topic when it refers to it (an event's or figure's topics, a claim's topic stances,\na topic's related topics); it involves an actor when it refers to it (an event's actors, a claim's holder,\na figure's subject, an actor's affiliation).");
        command.Examples.Add("kb list                           # every entry");
        command.Examples.Add("kb list events");
        command.Examples.Add("kb list claims --topic scale-is-all-you-need");
        command.Examples.Add("kb list --actor nvidia --json");
        command.Examples.Add("kb list figures --status disputed");

        return command.Handle(parseResult =>
        {
            var catalog = context.Catalog;
            var entries = catalog.Entries.AsEnumerable();
            if (parseResult.GetValue(collection) is { } collectionName)
            {
                var info = EntryNames.Collection(collectionName);
                entries = entries.Where(entry => entry.Collection == info.Name);
            }

            // Every filter below and the table read the outlines of all the entries left after the collection's.
            var scope = entries.ToList();
            KnowledgeCatalog.ReadOutlines(scope);
            entries = scope;

            if (parseResult.GetValue(topic) is { } topicId)
            {
                var key = EntryNames.Existing(catalog, Topic.CollectionName, topicId);
                entries = entries.Where(entry => RefersTo(entry, key));
            }

            if (parseResult.GetValue(actor) is { } actorId)
            {
                var key = EntryNames.Existing(catalog, Actor.CollectionName, actorId);
                entries = entries.Where(entry => RefersTo(entry, key));
            }

            if (parseResult.GetValue(status) is { } statusName)
            {
                var wanted = Enum.GetValues<EntryStatus>().First(value => Output.TextLayout.Name(value) == statusName);
                entries = entries.Where(entry => entry.Status == wanted);
            }

            var list = entries.ToList();
            if (parseResult.GetValue(json))
            {
                EntryTable.WriteJson(context, list);
            }
            else
            {
                EntryTable.Write(context, list);
            }

            return ExitCodes.Ok;
        });
    }

    // A successor is not "about" what it supersedes, so supersededBy does not count.
    private static bool RefersTo(CatalogEntry entry, EntryKey key) =>
        entry.References.Any(reference => reference.Target == key && reference.Field != "supersededBy");
}
