using System;
using System.Linq;
using System.Text.Json;
using KnowledgeBase.Catalog;
using KnowledgeBase.Rendering;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Catalog;

/// <summary>
/// kb and the prose document spell enum values as content does, with the generator's rule. The catalog used
/// <see cref="JsonNamingPolicy.KebabCaseLower"/>, which keeps acronyms together: it printed <c>gpt4-turbo</c> for a
/// member the generator, the messages and the JSON Schemas spell <c>g-p-t4-turbo</c>.
/// </summary>
public sealed class EnumSpellingTests
{
    private enum Model
    {
        GPT4Turbo,
        IOError,
        Top10List,
        AiModel,
        Version2Beta,
    }

    [Theory]
    [InlineData(nameof(Model.GPT4Turbo), "g-p-t4-turbo")]
    [InlineData(nameof(Model.IOError), "i-o-error")]
    [InlineData(nameof(Model.Top10List), "top10-list")]
    [InlineData(nameof(Model.AiModel), "ai-model")]
    [InlineData(nameof(Model.Version2Beta), "version2-beta")]
    public void The_catalog_and_the_prose_spell_a_member_as_content_does(string member, string expected)
    {
        var value = Enum.Parse<Model>(member);

        Assert.Equal(expected, Prose.Enum(value));
    }

    [Fact]
    public void The_catalog_spells_every_member_as_the_generated_metadata_does()
    {
        // The catalog reads enum values through the metadata, whose spellings the generator wrote with the shared rule.
        var members = KnowledgeBase.Metadata.ContentMetadata.Of(typeof(Event).Assembly).Collections
            .SelectMany(collection => collection.Record.Fields)
            .Select(field => field.Value.Element ?? field.Value)
            .Where(value => value.Enum is not null)
            .SelectMany(value => value.Enum!.Members)
            .ToList();

        Assert.NotEmpty(members);
        Assert.All(members, member => Assert.Equal(Prose.Enum((Enum)member.Value), member.YamlName));
    }

    [Fact]
    public void The_json_naming_policy_would_spell_acronyms_differently()
    {
        Assert.Equal("gpt4-turbo", JsonNamingPolicy.KebabCaseLower.ConvertName(nameof(Model.GPT4Turbo)));
        Assert.NotEqual(JsonNamingPolicy.KebabCaseLower.ConvertName(nameof(Model.GPT4Turbo)), Prose.Enum(Model.GPT4Turbo));
    }
}
