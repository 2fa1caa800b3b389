namespace KnowledgeBase.Catalog;

/// <summary>Typed code, one file per collection, that turns each record into a <see cref="CatalogEntry"/>.</summary>
internal static partial class EntryMappings
{
    public static CatalogEntry Map(Source source) => new(Source.CollectionName, source.Id, source, builder =>
    {
        builder.Text("title", source.Title, SearchRole.Title)
            .Text("publisher", source.Publisher, SearchRole.Name)
            .Enum("kind", source.Kind)
            .Date("published", source.Published)
            .Texts("authors", source.Authors, SearchRole.Name)
            .Uri("url", source.Url)
            .Text("identifier", source.Identifier, SearchRole.Name)
            .Text("seenAt", source.SeenAt)
            .Text("notes", source.Notes, SearchRole.Text);
        builder.Standing(source.Status, source.SupersededBy, source.StatusReason);
        builder.Summary(source.Title, source.Published, source.Status, source.Notes);
    });
}
