using System.IO;
using System.Linq;
using System.Reflection;
using Basic.Reference.Assemblies;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// Where the entry properties are declared (Schema.EntriesBase): on a generated abstract base record when the
/// collection record can take one, read through the record as C# reads inherited static members; on the record
/// itself when it has a base of its own or would need its own members to change.
/// </summary>
public sealed class EntriesBaseTests
{
    private const string Schema = """
        using System;
        using KnowledgeBase;

        namespace Demo;

        public abstract record Named(string Title);

        [Collection("sources")]
        public sealed partial record Source([EntryTitle] string Title, DateOnly Published, Uri? Url = null);

        [Collection("things")]
        public sealed partial record Thing([EntryTitle] string Title) : Named(Title);

        [Collection("printed")]
        public sealed partial record Printed([EntryTitle] string Title)
        {
            private bool PrintMembers(System.Text.StringBuilder builder) => builder.Append(Title) is not null;
        }
        """;

    private static readonly (string, string)[] Content =
    [
        ("sources/a-source.yaml", TestSchemas.SourceYaml),
        ("things/a-thing.yaml", "title: A thing\n"),
        ("printed/a-print.yaml", "title: A print\n"),
    ];

    [Fact]
    public void A_record_without_a_base_gets_one_for_its_entries_and_code_reads_them_through_the_record()
    {
        var result = GeneratorHarness.RunOnce(Schema, Content);
        GeneratorAssert.Compiles(result);
        Assert.Equal("SourceEntries", result.Collection("Source").EntriesBase?.Name);

        using var loaded = LoadedAssembly.Load(result.Output);
        var record = loaded.Type("Demo.Source");
        Assert.Equal("Demo.SourceEntries", record.BaseType?.FullName);
        Assert.NotNull(loaded.Type("Demo.SourceEntries").GetProperty("ASource", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly));
        Assert.Equal("A source", LoadedAssembly.Get(loaded.Static("Demo.Source", "ASource")!, "Title"));
    }

    [Theory]
    [InlineData("Thing", "AThing")]
    [InlineData("Printed", "APrint")]
    public void A_record_with_a_base_or_its_own_PrintMembers_keeps_its_entries(string record, string entry)
    {
        var result = GeneratorHarness.RunOnce(Schema, Content);
        GeneratorAssert.Compiles(result);
        var collection = result.Collection(record);
        Assert.Null(collection.EntriesBase);

        using var loaded = LoadedAssembly.Load(result.Output);
        Assert.NotNull(loaded.Type("Demo." + record).GetProperty(entry, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly));
        Assert.Null(loaded.Assembly.GetType("Demo." + record + "Entries"));
    }

    [Fact]
    public void A_type_of_the_base_name_in_source_keeps_the_entries_on_the_record()
    {
        var result = GeneratorHarness.RunOnce(Schema + "\npublic static class SourceEntries { }\n", Content);
        GeneratorAssert.Compiles(result);
        Assert.Null(result.Collection("Source").EntriesBase);
    }

    [Fact]
    public void A_type_of_the_base_name_added_in_another_file_moves_the_entries_back_onto_the_record()
    {
        var harness = GeneratorHarness.Create(Schema, Content);
        Assert.NotNull(harness.Run().Collection("Source").EntriesBase);

        // Not in a schema file and named by none: the schema must be read again all the same.
        harness.AddCSharp("namespace Demo;\n\npublic static class SourceEntries { }\n");
        var result = harness.Run();

        GeneratorAssert.Compiles(result);
        Assert.Null(result.Collection("Source").EntriesBase);
    }

    [Fact]
    public void A_type_of_the_base_name_in_a_reference_keeps_the_entries_on_the_record()
    {
        // Declared beside it, the generated base would conflict with the referenced type (CS0436, an error here).
        var library = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText("namespace Demo { public abstract record SourceEntries; }")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var harness = GeneratorHarness.Create(Schema, Content);
        harness.EditCompilation(compilation => compilation.AddReferences(MetadataReference.CreateFromImage(image.ToArray())));

        var result = harness.Run();
        GeneratorAssert.Compiles(result);
        Assert.Null(result.Collection("Source").EntriesBase);
    }

    [Fact]
    public void The_limit_of_a_record_that_keeps_its_entries_is_what_its_own_methods_leave()
    {
        var result = GeneratorHarness.RunOnce(Schema, Content);
        var onBase = result.Collection("Source").EntryLimit;
        var onRecord = result.Collection("Thing").EntryLimit;

        Assert.Equal(EntryLimits.MaxMethodSlots - EntriesBase.MethodSlots - 1, onBase);
        Assert.True(onRecord < onBase, $"A record that declares its entries spends its own methods' slots too ({onRecord} against {onBase}).");
    }
}
