using System;

namespace KnowledgeBase.Perf;

/// <summary>
/// Reads every entry of every collection and prints how many: the least <c>kb stats</c> can do, since it counts
/// every entry's status and citations. tests/perf/kb-scale.sh times it beside kb to show how much is the catalog's.
/// </summary>
internal static class EveryRecord
{
    private static int Main()
    {
        var count = Source.All.Length + Actor.All.Length + Event.All.Length + Figure.All.Length + Claim.All.Length + Topic.All.Length;
        Console.WriteLine(count);
        return 0;
    }
}
