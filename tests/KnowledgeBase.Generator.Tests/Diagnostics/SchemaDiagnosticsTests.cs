using System;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>Problems with the C# schema, reported at the declaration: KB0012, KB0013.</summary>
public sealed class SchemaDiagnosticsTests
{
    /// <summary>Where the harness puts the first C# file added after the schema.</summary>
    private const string ExtraFile = "/repo/src/Extra1.cs";

    [Fact]
    public void KB0012_a_second_type_claiming_a_folder_is_reported_at_its_declaration()
    {
        var result = RunWithExtraSchema("""
            namespace Demo;

            [KnowledgeBase.Collection("items")]
            public sealed partial record Thing(string Title);
            """);

        Assert.Equal(
            "The folder 'items' is claimed by both Demo.Item and Demo.Thing; each folder belongs to one collection",
            GeneratorAssert.Single(result, "KB0012", ExtraFile, 4, 30));
        BrokenContent.AssertRestGenerates(result);
    }

    [Theory]
    [InlineData(
        "public sealed record Thing(string Title);",
        4, 22,
        "The collection type 'Thing' must be declared partial, so the generator can add its entries")]
    [InlineData(
        "public sealed partial record Thing(string Title, System.Guid Key);",
        4, 62,
        "The field 'Key' has the type 'System.Guid', which content cannot bind; supported: string, bool, int, long, decimal, double, DateOnly, Uri, enums, records, Ref<T>, ImmutableArray<T>, IReadOnlyList<T> and nullable forms")]
    [InlineData(
        "public sealed partial record Thing(string Title, System.Collections.Generic.Dictionary<string, string> Extra);",
        4, 104,
        "The field 'Extra' has the type 'System.Collections.Generic.Dictionary<string, string>', which content cannot bind; supported: string, bool, int, long, decimal, double, DateOnly, Uri, enums, records, Ref<T>, ImmutableArray<T>, IReadOnlyList<T> and nullable forms")]
    [InlineData(
        "public sealed partial record Thing(string Title, string Id);",
        4, 57,
        "'Thing' must not declare a field 'id': an entry's id is its file name")]
    [InlineData(
        "public sealed partial record Thing(string Title, System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<string>> Grid);",
        4, 147,
        "The field 'Grid' is a list of lists or of nullable values, which content cannot express")]
    [InlineData(
        "public sealed partial record Thing(string Title, Item Whole);",
        4, 55,
        "The field 'Whole' holds the collection type 'Item' directly; use Ref<Item> to refer to an entry")]
    [InlineData(
        "public sealed partial record Thing();",
        4, 30,
        "The record 'Thing' needs a public constructor whose parameters are its fields")]
    [InlineData(
        "public sealed partial record Thing(string Title, [KnowledgeBase.Standing] string Status);",
        4, 82,
        "[Standing] on 'Status' needs the type KnowledgeBase.EntryStatus")]
    [InlineData(
        "public sealed partial record Thing([KnowledgeBase.EntryTitle] int Title);",
        4, 67,
        "[EntryTitle] on 'Title' needs a string")]
    [InlineData(
        "public sealed partial record Thing(string Title, [KnowledgeBase.Citations] System.Collections.Immutable.ImmutableArray<string> Sources);",
        4, 128,
        "[Citations] on 'Sources' needs a list of citation records")]
    public void KB0013_an_unsupported_schema_is_reported_at_the_declaration_and_its_folder_stays_quiet(string declaration, int line, int column, string message)
    {
        var result = RunWithExtraSchema(
            "namespace Demo;\n\n[KnowledgeBase.Collection(\"things\")]\n" + declaration,
            ("things/a-thing.yaml", "title: A thing\n"));

        Assert.Equal(message, GeneratorAssert.Single(result, "KB0013", ExtraFile, line, column));
        GeneratorAssert.NotGenerated(result, "Demo.Thing.g.cs");
        GeneratorAssert.NotGenerated(result, "Demo.Thing.AThing.g.cs");
        BrokenContent.AssertRestGenerates(result);
    }

    [Fact]
    public void KB0013_a_collection_that_is_not_a_record_is_reported()
    {
        var result = RunWithExtraSchema("""
            namespace Demo;

            [KnowledgeBase.Collection("things")]
            public sealed partial class Thing(string Title)
            {
                public string Title { get; } = Title;
            }
            """);

        Assert.Equal("The collection type 'Thing' must be a record class", GeneratorAssert.Single(result, "KB0013", ExtraFile, 4, 29));
        BrokenContent.AssertRestGenerates(result);
    }

    private static GeneratorResult RunWithExtraSchema(string schema, params (string Path, string Text)[] content)
    {
        var harness = GeneratorHarness.Create(
            TestSchemas.Demo,
            [("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/good.yaml", TestSchemas.ItemYaml), .. content]);
        harness.AddCSharp(schema);
        harness.AddCSharp(BrokenContent.Consumer);
        return harness.Run();
    }
}
