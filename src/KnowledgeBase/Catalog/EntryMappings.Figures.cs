using System.Linq;

namespace KnowledgeBase.Catalog;

internal static partial class EntryMappings
{
    public static CatalogEntry Map(Figure figure) => new(Figure.CollectionName, figure.Id, figure, builder =>
    {
        builder.Text("title", figure.Title, SearchRole.Title)
            .Enum("measure", figure.Measure)
            .Enum("kind", figure.Kind)
            .Enum("unit", figure.Unit)
            .Objects("values", figure.Values, (value, reported) => value
                .Number("value", reported.Value)
                .Number("low", reported.Low)
                .Number("high", reported.High)
                .Enum("qualifier", reported.Qualifier)
                .Text("asReported", reported.AsReported, SearchRole.Quote)
                .Citations("citations", reported.Citations, Quantity.Describe(reported, figure.Unit)))
            .Date("date", figure.Date)
            .Text("period", figure.Period)
            .Ref("actor", figure.Actor)
            .Refs("topics", figure.Topics)
            .Text("note", figure.Note, SearchRole.Text);
        builder.Standing(figure.Status, figure.SupersededBy, figure.StatusReason);
        builder.Derived("isDisputed", new BoolValue(figure.IsDisputed))
            .Derived("spread", figure.Spread is { } spread
                ? new ObjectValue([new CatalogField("low", new NumberValue(spread.Low)), new CatalogField("high", new NumberValue(spread.High))])
                : FieldValue.Absent);
        var text = string.Join("; ", figure.Values.OrEmpty().Select(value => Quantity.Describe(value, figure.Unit)));
        builder.Summary(figure.Title, figure.Date, figure.Status, text.Length == 0 ? figure.Note : text);
    });
}
