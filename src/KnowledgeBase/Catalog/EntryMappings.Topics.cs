namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Topic topic) => new(Topic.CollectionName, topic.Id, topic, builder =>
    {
        builder.Text("name", topic.Name, SearchRole.Title)
            .Text("description", topic.Description, SearchRole.Text)
            .Texts("aliases", topic.Aliases, SearchRole.Name)
            .Refs("related", topic.Related)
            .Citations("citations", topic.Citations);
        builder.Standing(topic.Status, topic.SupersededBy, topic.StatusReason);
        builder.Summary(topic.Name, date: null, topic.Status, topic.Description);
    });
}
