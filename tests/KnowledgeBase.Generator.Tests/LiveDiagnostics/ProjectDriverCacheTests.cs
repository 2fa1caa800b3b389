using KnowledgeBase.Generator.LiveDiagnostics;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>The kept drivers are bounded: the least recently used project's driver goes first.</summary>
public sealed class ProjectDriverCacheTests
{
    [Fact]
    public void The_same_key_gets_the_same_driver()
    {
        var cache = new ProjectDriverCache(capacity: 2);

        Assert.Same(cache.For("a"), cache.For("a"));
        Assert.NotSame(cache.For("a"), cache.For("b"));
    }

    [Fact]
    public void It_never_holds_more_than_its_capacity_and_drops_the_least_recently_used()
    {
        var cache = new ProjectDriverCache(capacity: 2);
        var a = cache.For("a");
        var b = cache.For("b");
        Assert.Same(a, cache.For("a"));

        cache.For("c");

        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.For("a"));
        Assert.NotSame(b, cache.For("b"));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ProjectDriverCache(0));
}
