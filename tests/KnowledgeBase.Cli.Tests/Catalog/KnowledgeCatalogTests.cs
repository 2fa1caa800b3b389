using System.Linq;
using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Catalog;

public class KnowledgeCatalogTests
{
    private static KnowledgeCatalog Current => KnowledgeCatalog.Current;

    [Fact]
    public void Holds_every_entry_of_every_collection_once()
    {
        Assert.Equal(Source.All.Length + Actor.All.Length + Event.All.Length + Figure.All.Length + Claim.All.Length + Topic.All.Length, Current.Entries.Length);
        Assert.Equal(Current.Entries.Length, Current.Entries.Select(entry => entry.Key).Distinct().Count());
        Assert.Equal(CollectionInfo.All.Select(info => info.Name), Current.Entries.Select(entry => entry.Collection).Distinct());
    }

    [Fact]
    public void Every_reference_and_citation_resolves()
    {
        foreach (var entry in Current.Entries)
        {
            Assert.All(entry.References, reference => Assert.True(Current.TryGet(reference.Target, out _), entry + " -> " + reference.Target));
            Assert.All(entry.Citations, citation => Assert.True(Current.TryGet(citation.Source, out _), entry + " cites " + citation.SourceId));
        }
    }

    [Fact]
    public void Backlinks_are_the_reverse_of_references_and_citations()
    {
        foreach (var entry in Current.Entries)
        {
            foreach (var reference in entry.References)
            {
                Assert.Contains(new Backlink(entry.Key, reference.Field), Current.BacklinksTo(reference.Target));
            }

            foreach (var citation in entry.Citations)
            {
                Assert.Contains(new Backlink(entry.Key, "citations"), Current.BacklinksTo(citation.Source));
            }
        }

        var total = Current.Entries.Sum(entry => Current.BacklinksTo(entry.Key).Length);
        var distinct = Current.Entries.Sum(entry =>
            entry.References.Select(reference => (reference.Target, reference.Field)).Distinct().Count() +
            entry.Citations.Select(citation => citation.SourceId).Distinct().Count());
        Assert.Equal(distinct, total);
    }

    [Fact]
    public void Typed_fields_come_from_the_records()
    {
        var release = Current.Resolve("events/deepseek-r1-release").Single();

        Assert.Same(Event.DeepseekR1Release, release.Entry);
        Assert.Equal(Event.DeepseekR1Release.Date, release.Date);
        Assert.Equal(new DateValue(Event.DeepseekR1Release.Date), release.Fields.Single(field => field.Name == "date").Value);
        var actors = Assert.IsType<ListValue>(release.Fields.Single(field => field.Name == "actors").Value);
        Assert.Equal(Event.DeepseekR1Release.Actors.Select(actor => new RefValue(new EntryKey("actors", actor.Id))), actors.Items.Cast<RefValue>());
    }

    [Fact]
    public void Fields_follow_the_schema_order_with_absent_values_kept()
    {
        var actor = Fixture.Catalog.Resolve("actors/jane-doe").Single();

        Assert.Equal(["name", "kind", "description", "aliases", "affiliation", "website", "citations", "status", "supersededBy", "statusReason"], actor.Fields.Select(field => field.Name));
        Assert.IsType<AbsentValue>(actor.Fields.Single(field => field.Name == "website").Value);
        Assert.Equal(new EnumValue("person"), actor.Fields.Single(field => field.Name == "kind").Value);
    }

    [Fact]
    public void A_bare_id_resolves_in_every_collection_and_collection_slash_id_in_one()
    {
        Assert.Equal(["sources/acme-launch", "events/acme-launch"], Fixture.Catalog.Resolve("acme-launch").Select(entry => entry.Key.ToString()));
        Assert.Equal(["events/acme-launch"], Fixture.Catalog.Resolve("event/acme-launch").Select(entry => entry.Key.ToString()));
        Assert.Empty(Fixture.Catalog.Resolve("actors/acme-launch"));
        Assert.Empty(Fixture.Catalog.Resolve("nope/acme-launch"));
    }

    [Fact]
    public void Figure_value_citations_say_which_value_they_support()
    {
        var figure = Fixture.Catalog.Resolve("acme-widget-sales").Single();

        Assert.Equal(["1.2 million", "about 1 million"], figure.Citations.Select(citation => citation.Context));
        Assert.Equal(new BoolValue(true), figure.Fields.Single(field => field.Name == "isDisputed").Value);
        Assert.True(figure.Fields.Single(field => field.Name == "spread").IsDerived);
    }

    [Fact]
    public void Search_text_records_what_part_of_the_entry_it_is()
    {
        var claim = Fixture.Catalog.Resolve("doe-widgets-will-win").Single();

        Assert.Contains(new SearchText(SearchRole.Statement, "statement", "Widgets will replace gadgets within a decade."), claim.SearchTexts);
        Assert.Contains(new SearchText(SearchRole.Quote, "quote", "Widgets will win."), claim.SearchTexts);
        Assert.Contains(new SearchText(SearchRole.Quote, "citations.quote", "Widgets will win."), claim.SearchTexts);
    }
}
