namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Claim claim) => new(Claim.CollectionName, claim.Id, claim, builder =>
    {
        builder.Text("statement", claim.Statement, SearchRole.Statement)
            .Ref("heldBy", claim.HeldBy)
            .Date("date", claim.Date)
            .Objects("topics", claim.Topics, (stance, topic) => stance
                .Ref("topic", topic.Topic, label: "topics (" + FieldsBuilder.EnumName(topic.Stance) + ")")
                .Enum("stance", topic.Stance))
            .Citations("citations", claim.Citations)
            .Text("quote", claim.Quote, SearchRole.Quote)
            .Objects("relations", claim.Relations, (relation, related) => relation
                .Enum("kind", related.Kind)
                .Ref("claim", related.Claim, label: "relations (" + FieldsBuilder.EnumName(related.Kind) + ")"));
        builder.Standing(claim.Status, claim.SupersededBy, claim.StatusReason);
        builder.Summary(claim.Statement, claim.Date, claim.Status, claim.Quote);
    });
}
