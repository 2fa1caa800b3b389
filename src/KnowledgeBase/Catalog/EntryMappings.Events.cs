namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Event @event) => new(Event.CollectionName, @event.Id, @event, builder =>
    {
        builder.Date("date", @event.Date)
            .Text("title", @event.Title, SearchRole.Title)
            .Text("summary", @event.Summary, SearchRole.Text)
            .Refs("actors", @event.Actors)
            .Citations("citations", @event.Citations)
            .Refs("topics", @event.Topics);
        builder.Standing(@event.Status, @event.SupersededBy, @event.StatusReason);
        builder.Summary(@event.Title, @event.Date, @event.Status, @event.Summary);
    });
}
