using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Yaml;

/// <summary>
/// A mapping keeps the first of each key and reports the others (KB0014) at their place, however many keys it
/// has: a few keys are compared in place, many through a set, and the two must agree.
/// </summary>
public sealed class DuplicateKeyTests
{
    private const string Path = "/repo/content/items/keys.yaml";

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Each_repeated_key_is_reported_on_its_line_and_the_first_value_is_kept(int keys)
    {
        var lines = Enumerable.Range(0, keys).Select(i => "k" + i + ": first " + i).ToList();
        lines.Insert(keys - 1, "k1: second");
        lines.Add("k0: second");
        var (root, diagnostics) = YamlReader.Read(Path, string.Join("\n", lines) + "\n", CancellationToken.None);

        Assert.Equal(["KB0014", "KB0014"], diagnostics.Select(diagnostic => diagnostic.DescriptorId));
        Assert.Equal([keys, keys + 2], diagnostics.Select(diagnostic => diagnostic.Location!.StartLine + 1));
        var pairs = root!.Children;
        Assert.Equal(keys * 2, pairs.Count);
        Assert.Equal(Enumerable.Range(0, keys).Select(i => "first " + i), Enumerable.Range(0, keys).Select(i => pairs[(i * 2) + 1].Value));
    }

    [Fact]
    public void A_complex_key_is_refused_and_an_empty_key_after_it_is_no_duplicate_of_it()
    {
        var (root, diagnostics) = YamlReader.Read(Path, "? [a, b]\n: c\n\"\": empty\nd: e\n", CancellationToken.None);

        Assert.Equal(["KB0015"], diagnostics.Select(diagnostic => diagnostic.DescriptorId));
        Assert.Equal(["", "empty", "d", "e"], root!.Children.Select(child => child.Value));
    }
}
