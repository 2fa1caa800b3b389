using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Catalog;

/// <summary>
/// A command builds the views (fields, search text) of the entries it shows and no others, so kb stays fast when
/// the knowledge base grows. Each test uses its own catalog over the real content, since other tests read
/// <see cref="KnowledgeCatalog.Current"/>'s entries.
/// </summary>
public class CatalogLazinessTests
{
    [Fact]
    public void Creating_a_catalog_builds_no_view()
    {
        var catalog = RealContent();

        Assert.DoesNotContain(catalog.Entries, entry => entry.HasView);
    }

    [Fact]
    public void Stats_builds_no_view_and_prints_what_it_always_printed()
    {
        var catalog = RealContent();

        var result = Kb.Run(catalog, "stats");

        Assert.Equal(Kb.Run("stats"), result);
        Assert.DoesNotContain(catalog.Entries, entry => entry.HasView);
    }

    [Theory]
    [InlineData("show", "actors/deepseek")]
    [InlineData("show", "actors/deepseek", "--json")]
    public void Show_builds_the_view_of_the_shown_entry_only(params string[] args)
    {
        var catalog = RealContent();

        var result = Kb.Run(catalog, args);

        Assert.Equal(Kb.Run(args), result);
        Assert.Equal(["actors/deepseek"], catalog.Entries.Where(entry => entry.HasView).Select(entry => entry.Key.ToString()));
        // What it shows of other entries (titles, backlinks) came from their outlines.
        Assert.NotEmpty(catalog.BacklinksTo(new EntryKey(Actor.CollectionName, "deepseek")));
    }

    [Fact]
    public void An_outline_reads_every_reference_and_citation_the_whole_entry_has()
    {
        var catalog = RealContent();

        foreach (var entry in catalog.Entries)
        {
            var outline = entry.Outline;
            var whole = entry.OutlineFromView;
            Assert.Equal(whole.References.ToArray(), outline.References.ToArray());
            Assert.Equal(whole.Citations.ToArray(), outline.Citations.ToArray());
            Assert.Equal((whole.Title, whole.Date, whole.Status, whole.Text), (outline.Title, outline.Date, outline.Status, outline.Text));
        }

        // The content has references and citations nested in reported values, so the comparison compared something.
        Assert.Contains(catalog.Entries, entry => !entry.References.IsEmpty);
        Assert.Contains(catalog.Entries, entry => entry.Citations.Any(citation => citation.Context is not null));
    }

    private static KnowledgeCatalog RealContent() =>
        KnowledgeCatalog.Create(Source.All, Actor.All, Event.All, Figure.All, Claim.All, Topic.All);
}
