namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Actor actor) => new(Actor.CollectionName, actor.Id, actor, builder =>
    {
        builder.Text("name", actor.Name, SearchRole.Title)
            .Enum("kind", actor.Kind)
            .Text("description", actor.Description, SearchRole.Text)
            .Texts("aliases", actor.Aliases, SearchRole.Name)
            .Ref("affiliation", actor.Affiliation)
            .Uri("website", actor.Website)
            .Citations("citations", actor.Citations);
        builder.Standing(actor.Status, actor.SupersededBy, actor.StatusReason);
        builder.Summary(actor.Name, date: null, actor.Status, actor.Description);
    });
}
