using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// Which types a run allocates, by the runtime's own allocation sampling (one GCAllocationTick event about
/// every 100 KB, naming the type that crossed it): a profile that needs no stack walks, so no safe-point bias.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Print(int runs, int top)
    {
        var total = bytesByType.Values.Sum();
        Console.WriteLine("| Type | MB per run (sampled) | Share |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (type, bytes) in bytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.0} | {2:0.0}% |", type, bytes / 1048576.0 / runs, 100.0 * bytes / total));
        }
    }
}
