using System;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>What stays alive: what a garbage collection during a cold run copies or marks again.</summary>
internal static class HeldMemory
{
    /// <summary>Bytes that stay reachable from what <paramref name="make"/> returns, beyond what was alive before.</summary>
    public static long Of(Func<object> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = make();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(kept);
        return held;
    }
}
