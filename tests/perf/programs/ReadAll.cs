using System;
using System.Globalization;

namespace KnowledgeBase.Perf;

/// <summary>
/// Reads every event (tests/perf/one-collection.sh): <c>Event.All</c> must hold the expected count, in strictly
/// ascending id order, and each entry's id must find the same entry through <c>Event.Get</c>. Prints <c>OK</c> and
/// the count, or what failed.
/// </summary>
internal static class ReadAll
{
    private static int Main(string[] args)
    {
        var expected = int.Parse(args[0], CultureInfo.InvariantCulture);
        var all = global::KnowledgeBase.Event.All;
        if (all.Length != expected)
        {
            Console.Error.WriteLine($"Event.All has {all.Length} entries, expected {expected}");
            return 1;
        }

        string? previous = null;
        foreach (var entry in all)
        {
            if (previous is not null && string.CompareOrdinal(previous, entry.Id) >= 0)
            {
                Console.Error.WriteLine($"Event.All is not in id order at '{entry.Id}'");
                return 1;
            }

            var found = global::KnowledgeBase.Event.Get(entry.Id);
            if (found.Id != entry.Id || found.Title != entry.Title)
            {
                Console.Error.WriteLine($"Event.Get(\"{entry.Id}\") returned '{found.Id}'");
                return 1;
            }

            previous = entry.Id;
        }

        Console.WriteLine("OK " + all.Length.ToString(CultureInfo.InvariantCulture));
        return 0;
    }
}
