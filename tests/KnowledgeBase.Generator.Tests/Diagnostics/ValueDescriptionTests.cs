using System.Collections.Immutable;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Yaml;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>How a wrong value is named in a KB0006 message ("but the value is ..."): short, and never cut mid-character.</summary>
public sealed class ValueDescriptionTests
{
    private static readonly TextRange Nowhere = new(0, 0, 0, 0, 0, 0);

    [Fact]
    public void Lists_and_mappings_are_named_by_kind()
    {
        Assert.Equal("a list", Node(YamlNodeKind.Sequence, string.Empty).Describe());
        Assert.Equal("a mapping", Node(YamlNodeKind.Mapping, string.Empty).Describe());
    }

    [Fact]
    public void Scalars_are_quoted_and_a_plain_nothing_is_empty()
    {
        Assert.Equal("'abc'", Node(YamlNodeKind.Scalar, "abc").Describe());
        Assert.Equal("''", Node(YamlNodeKind.Scalar, string.Empty, isPlain: false).Describe());
        Assert.Equal("empty", Node(YamlNodeKind.Scalar, string.Empty).Describe());
    }

    [Fact]
    public void A_long_value_is_shortened_to_sixty_characters()
    {
        var sixty = new string('a', 60);

        Assert.Equal("'" + sixty + "'", Node(YamlNodeKind.Scalar, sixty).Describe());
        Assert.Equal("'" + new string('a', 57) + "...'", Node(YamlNodeKind.Scalar, sixty + "b").Describe());
    }

    [Fact]
    public void Shortening_never_splits_a_surrogate_pair()
    {
        var value = new string('a', 56) + "\U0001F600" + new string('b', 10);

        Assert.Equal("'" + new string('a', 56) + "...'", Node(YamlNodeKind.Scalar, value).Describe());
    }

    private static YamlNode Node(YamlNodeKind kind, string value, bool isPlain = true) =>
        new(kind, value, isPlain, Nowhere, new EquatableArray<YamlNode>(ImmutableArray<YamlNode>.Empty));
}
