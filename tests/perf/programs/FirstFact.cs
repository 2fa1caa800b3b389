using System;

namespace KnowledgeBase.Perf;

/// <summary>
/// Time to first fact with the knowledge base compiled in: prints one event's title, through its static member
/// (<c>member</c>, the usual way) or looked up by id (<c>get</c>, which builds the collection's lookup).
/// <c>Probe</c> is written per size by tests/perf/runtime.sh.
/// </summary>
internal static class FirstFact
{
    private static int Main(string[] args)
    {
        var title = args.Length > 0 && args[0] == "get" ? global::KnowledgeBase.Event.Get(Probe.Id).Title : Probe.Title;
        Console.WriteLine(title);
        return 0;
    }
}
