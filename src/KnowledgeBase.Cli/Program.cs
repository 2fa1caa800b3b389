using System;
using System.Linq;
using KnowledgeBase;

// A first cut of `kb`: `kb list` prints every entry, to show the pipeline end to end.
if (args is not ["list"])
{
    Console.Error.WriteLine("usage: kb list");
    return 2;
}

var rows = Source.All.Select(entry => (entry.Id, "sources", entry.Title, entry.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
    .Concat(Actor.All.Select(entry => (entry.Id, "actors", entry.Name, (string?)null)))
    .Concat(Event.All.Select(entry => (entry.Id, "events", entry.Title, (string?)entry.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
foreach (var (id, collection, title, date) in rows)
{
    Console.WriteLine($"{id,-50} {collection,-8} {date,-10} {title}");
}

return 0;
