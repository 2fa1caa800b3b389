using System;
using System.Globalization;

namespace KnowledgeBase.Limit;

/// <summary>
/// Loads a collection built at the entry limit (tests/perf/collection-limit.sh) and reads its last entry, through
/// its member (<c>Last.Member</c>, written per run by the script), through <c>Item.Get</c> and as the last of
/// <c>Item.All</c>. Arguments: the count, the last id, its title. Prints <c>OK</c> or what failed.
/// </summary>
internal static class ReadLast
{
    private static int Main(string[] args)
    {
        var (count, id, title) = (int.Parse(args[0], CultureInfo.InvariantCulture), args[1], args[2]);
        var member = Last.Member;
        var found = Item.Get(id);
        var all = Item.All;
        if (member.Id != id || member.Title != title || found.Id != id || found.Title != title)
        {
            Console.Error.WriteLine($"the last entry reads as '{member.Id}' ('{member.Title}') and '{found.Id}', expected '{id}' ('{title}')");
            return 1;
        }

        if (all.Length != count || all[^1].Id != id)
        {
            Console.Error.WriteLine($"Item.All has {all.Length} entries ending with '{all[^1].Id}', expected {count} ending with '{id}'");
            return 1;
        }

        Console.WriteLine($"OK {count.ToString(CultureInfo.InvariantCulture)} entries, the last '{id}': {member.Title}");
        return 0;
    }
}
