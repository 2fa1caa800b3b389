using System;
using System.IO;
using KnowledgeBase.Authoring.Templates;
using KnowledgeBase.Authoring.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.Templates;

/// <summary><c>kb new</c>'s file handling: it writes one new file and refuses anything that would lose or break content.</summary>
public sealed class NewEntryFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("kb-new-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Writes_the_template_into_the_collection_folder()
    {
        var outcome = NewEntryFile.Create(root, Repo.Schema, "Event", "nvidia-falls");

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(Path.Combine(root, "events", "nvidia-falls.yaml"), outcome.Path);
        Assert.StartsWith("# New entry 'nvidia-falls'", File.ReadAllText(outcome.Path!), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_existing_entry_and_leaves_it_untouched()
    {
        Directory.CreateDirectory(Path.Combine(root, "events"));
        var existing = Path.Combine(root, "events", "nvidia-falls.yaml");
        File.WriteAllText(existing, "title: kept\n");

        var outcome = NewEntryFile.Create(root, Repo.Schema, "events", "nvidia-falls");

        Assert.False(outcome.Succeeded);
        Assert.Contains("already exists", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("title: kept\n", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("Nvidia_Falls")]
    [InlineData("nvidia--falls")]
    [InlineData("-nvidia")]
    [InlineData("")]
    public void Refuses_an_id_the_generator_would_reject(string id)
    {
        var outcome = NewEntryFile.Create(root, Repo.Schema, "events", id);

        Assert.False(outcome.Succeeded);
        Assert.Contains("not a valid id", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "events")));
    }

    [Fact]
    public void Refuses_an_unknown_collection_and_lists_the_known_ones()
    {
        var outcome = NewEntryFile.Create(root, Repo.Schema, "event-log", "nvidia-falls");

        Assert.False(outcome.Succeeded);
        Assert.Contains("actors, claims, events, figures, sources, topics", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_content_folder_from_inside_and_beside_it()
    {
        var content = Directory.CreateDirectory(Path.Combine(root, "content", "events")).Parent!.FullName;

        Assert.Equal(content, ContentRoot.Find(root));
        Assert.Equal(content, ContentRoot.Find(Path.Combine(content, "events")));
    }
}
