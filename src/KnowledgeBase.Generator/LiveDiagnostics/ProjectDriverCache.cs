using System;
using System.Linq;
using System.Collections.Generic;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.LiveDiagnostics;

/// <summary>
/// The drivers of the projects analysed most recently, at most <c>capacity</c> of them: each holds its last run's
/// state (about as much as the IDE's own generator driver for that project), so the cache must not grow with every
/// project or key an IDE session ever shows it. The least recently used driver is dropped first.
/// </summary>
internal sealed class ProjectDriverCache
{
    private readonly object gate = new();
    private readonly int capacity;

    // Most recent first; a handful of entries, so a list is faster than any index.
    private readonly LinkedList<KeyValuePair<string, ProjectDriver>> recent = new();

    public ProjectDriverCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one driver must be kept.");
        }

        this.capacity = capacity;
    }

    /// <summary>The cache every instance of the analyzer shares, so the IDE's analyzer instances share drivers too.</summary>
    public static ProjectDriverCache Shared { get; } = new(capacity: 4);

    /// <summary>How many drivers are held now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return recent.Count;
            }
        }
    }

    /// <summary>Every driver held now, most recently used first (for tests).</summary>
    internal IReadOnlyList<ProjectDriver> Drivers
    {
        get
        {
            lock (gate)
            {
                return recent.Select(pair => pair.Value).ToList();
            }
        }
    }

    /// <summary>The driver kept for <paramref name="key"/>, or a new one (dropping the least recently used).</summary>
    public ProjectDriver For(string key)
    {
        lock (gate)
        {
            for (var node = recent.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                    return node.Value.Value;
                }
            }

            var driver = new ProjectDriver();
            recent.AddFirst(new KeyValuePair<string, ProjectDriver>(key, driver));
            if (recent.Count > capacity)
            {
                recent.RemoveLast();
            }

            return driver;
        }
    }
}
