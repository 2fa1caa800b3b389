namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Event @event)
    {
        var builder = new EntryBuilder(Event.CollectionName, @event.Id, @event);
        builder.Date("date", @event.Date)
            .Text("title", @event.Title, SearchRole.Title)
            .Text("summary", @event.Summary, SearchRole.Text)
            .Refs("actors", @event.Actors)
            .Citations("citations", @event.Citations)
            .Refs("topics", @event.Topics);
        builder.Standing(@event.Status, @event.SupersededBy, @event.StatusReason);
        return builder.Build(@event.Title, @event.Date, @event.Status, @event.Summary);
    }
}
