using System.Linq;
using KnowledgeBase.Metadata;
using Xunit;

namespace KnowledgeBase.Tests.Metadata;

/// <summary>The generated metadata of this knowledge base says what its C# declarations say, doc comments included.</summary>
public sealed class ContentMetadataTests
{
    private static readonly ContentMetadata Content = ContentMetadata.Of(typeof(Event).Assembly);

    [Fact]
    public void Collections_are_listed_in_their_declared_order_with_their_names()
    {
        Assert.Equal(["sources", "actors", "events", "figures", "claims", "topics"], Content.Collections.Select(collection => collection.Name));
        Assert.Equal("event", Content.Find("events")!.Singular);
        Assert.Equal("things that happened on a given day", Content.Find("events")!.Description);
        Assert.Equal(Event.All.Length, Content.Find(typeof(Event))!.Entries.Count);
    }

    [Fact]
    public void Fields_carry_their_keys_kinds_roles_and_doc_comments()
    {
        var record = Content.Find("events")!.Record;
        var date = record.Find("date")!;

        Assert.Equal("Date", date.Name);
        Assert.Equal(ValueKind.Date, date.Value.Kind);
        Assert.True(date.IsRequired);
        Assert.True(date.Has(FieldRoles.Date));
        Assert.Equal("The day it happened.", date.Summary);
        Assert.Equal("actors", record.Find("actors")!.Value.Element!.TargetCollection);
        Assert.Equal("title", record.WithRole(FieldRoles.Title)!.Key);
        Assert.Equal(Event.DeepseekR1Release.Title, ((FieldMetadata<Event, string>)record.Find("title")!).Get(Event.DeepseekR1Release));
    }

    [Fact]
    public void Enums_and_derived_values_have_their_spellings_and_docs()
    {
        var figure = Content.Find("figures")!.Record;
        var measure = figure.Find("measure")!.Value.Enum!;
        var spread = figure.Computed.Single(field => field.Key == "spread");

        Assert.Equal("market-value-change", measure.Members.Single(member => member.Name == "MarketValueChange").YamlName);
        Assert.Equal("Market value lost or gained.", measure.Members.Single(member => member.Name == "MarketValueChange").Summary);
        Assert.True(spread.Has(FieldRoles.Derived));
        Assert.Equal("The lowest and highest value reported by any source, or null when no value is numeric.", spread.Summary);
        Assert.Equal("Disputed", figure.Computed.Single(field => field.Key == "isDisputed").DisplayName);
    }

    [Fact]
    public void An_entry_is_named_by_its_title_and_described_by_a_summary_that_is_not_its_title()
    {
        var events = Content.Find("events")!;
        var release = Event.DeepseekR1Release;

        Assert.Equal(release.Title, events.Record.TitleOf(release));
        foreach (var collection in Content.Collections)
        {
            foreach (var entry in collection.Entries)
            {
                var title = collection.Record.TitleOf(entry);
                var summary = collection.Record.SummaryOf(entry);
                Assert.Equal(summary, collection.Record.SummaryOf(entry, title));
                Assert.NotEqual(title, summary);
            }
        }
    }
}
