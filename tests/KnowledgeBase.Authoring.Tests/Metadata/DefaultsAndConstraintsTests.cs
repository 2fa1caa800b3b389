using System.Linq;
using KnowledgeBase.Authoring.JsonSchemas;
using KnowledgeBase.Authoring.TestSchema;
using KnowledgeBase.Metadata;
using Xunit;

namespace KnowledgeBase.Authoring.Tests.Metadata;

/// <summary>
/// What the generator writes into the metadata beyond a field's type (its default and its own rules), read from a
/// schema it compiled (<see cref="Widget"/>), and how the JSON Schema carries them.
/// </summary>
public sealed class DefaultsAndConstraintsTests
{
    private static readonly CollectionMetadata Widgets = Authoring.Collections.Find(ContentMetadata.Of(typeof(Widget).Assembly), "widgets")!;

    private static FieldMetadata Field(string key) => Widgets.Record.Find(key)!;

    [Fact]
    public void Defaults_are_the_declared_constants_with_their_types()
    {
        Assert.Equal(true, Field("fragile").DefaultValue);
        Assert.Equal(7_000_000_000L, Field("batch").DefaultValue);
        Assert.Equal(9.50m, Field("price").DefaultValue);
        Assert.Equal(1.25, Field("weight").DefaultValue);
        Assert.Equal("unknown", Field("maker").DefaultValue);
        Assert.Equal(GadgetColor.Red, Field("color").DefaultValue);
        Assert.Null(Field("nothing").DefaultValue);
        Assert.Null(Field("label").DefaultValue);
    }

    [Fact]
    public void A_negative_default_and_one_named_by_a_constant_are_read_too()
    {
        var gadgets = Authoring.Collections.Find(ContentMetadata.Of(typeof(Gadget).Assembly), "gadgets")!.Record;

        Assert.Equal(-2, gadgets.Find("offset")!.DefaultValue);
        Assert.Equal(Gadget.DefaultScale, gadgets.Find("scale")!.DefaultValue);
        Assert.Equal(GadgetColor.DeepBlue, gadgets.Find("color")!.DefaultValue);
    }

    [Fact]
    public void An_enum_default_is_written_as_content_spells_it()
    {
        Assert.Equal("red", Authoring.Collections.DefaultContentValue(Field("color")));
        Assert.Equal(7_000_000_000L, Authoring.Collections.DefaultContentValue(Field("batch")));
    }

    [Fact]
    public void Constraints_are_the_rules_declared_on_the_field()
    {
        Assert.Equal(new FieldConstraints(MaxLength: 12, NotEmpty: true), Field("label").Constraints);
        Assert.Equal(1, Field("tags").Constraints.MinItems);
        Assert.True(Field("tags").Constraints.NotEmpty);
        Assert.Same(FieldConstraints.None, Field("fragile").Constraints);
    }

    [Fact]
    public void The_json_schema_carries_defaults_and_constraints()
    {
        var properties = CollectionJsonSchema.Build(Widgets)["properties"]!;

        Assert.True((bool)properties["fragile"]!["default"]!);
        Assert.Equal(7_000_000_000L, (long)properties["batch"]!["default"]!);
        Assert.Equal(9.50m, (decimal)properties["price"]!["default"]!);
        Assert.Equal("red", (string)properties["color"]!["default"]!);
        Assert.Null(properties["nothing"]!["default"]);
        Assert.Equal(12, (int)properties["label"]!["maxLength"]!);
        Assert.NotNull(properties["label"]!["pattern"]);
        Assert.Equal(1, (int)properties["tags"]!["minItems"]!);
        Assert.NotNull(properties["tags"]!["items"]!["pattern"]);
        Assert.Equal(["label", "tags"], properties.AsObject().Where(pair => Widgets.Record.Find(pair.Key)!.IsRequired).Select(pair => pair.Key));
    }
}
