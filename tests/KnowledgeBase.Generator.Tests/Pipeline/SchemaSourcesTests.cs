using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// The schema is read again only when what it is read from changed (SchemaSources). These edits each either
/// must or must not change the schema; after every one the incremental run must equal a new driver's run over
/// the same compilation, which is what makes skipping the read safe.
/// </summary>
public sealed class SchemaSourcesTests
{
    private const string Schema = """
        using System;
        using KnowledgeBase;

        namespace Demo;

        [Collection("books")]
        public sealed partial record Book([EntryTitle] string Title, int Pages = Defaults.Pages, Uri? Link = null);
        """;

    private const string DefaultsFile = """
        namespace Demo;

        public static class Defaults
        {
            public const int Pages = 3;

            public static int Twice(int value) { return value * 2; }
        }
        """;

    [Fact]
    public void Editing_a_method_body_elsewhere_does_not_read_the_schema_again()
    {
        var (harness, defaults) = Create();
        var before = harness.Run();

        harness.ReplaceCSharp(defaults, DefaultsFile.Replace("return value * 2;", "var twice = value + value; return twice;", System.StringComparison.Ordinal));
        var after = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Unchanged, SchemaReason(after, TrackingNames.SchemaSources));
        Assert.Equal(IncrementalStepRunReason.Cached, SchemaReason(after, TrackingNames.Schema));
        Assert.Equal(Snapshot(before), Snapshot(after));
        Assert.Equal(Snapshot(harness.RunCold()), Snapshot(after));
    }

    [Fact]
    public void Changing_a_constant_a_default_names_reads_the_schema_again()
    {
        var (harness, defaults) = Create();
        var before = harness.Run();

        harness.ReplaceCSharp(defaults, DefaultsFile.Replace("Pages = 3", "Pages = 4", System.StringComparison.Ordinal));
        var after = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, SchemaReason(after, TrackingNames.Schema));
        Assert.NotEqual(Snapshot(before), Snapshot(after));
        Assert.Equal(Snapshot(harness.RunCold()), Snapshot(after));
    }

    [Fact]
    public void Changing_a_constant_that_such_a_constant_names_in_turn_reads_the_schema_again()
    {
        var (harness, defaults) = Create();
        harness.ReplaceCSharp(defaults, DefaultsFile.Replace("Pages = 3", "Pages = Base.Pages + 1", System.StringComparison.Ordinal));
        var other = harness.AddCSharp("namespace Demo; public static class Base { public const int Pages = 2; }");
        var before = harness.Run();

        harness.ReplaceCSharp(other, "namespace Demo; public static class Base { public const int Pages = 20; }");
        var after = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, SchemaReason(after, TrackingNames.Schema));
        Assert.NotEqual(Snapshot(before), Snapshot(after));
        Assert.Equal(Snapshot(harness.RunCold()), Snapshot(after));
    }

    [Fact]
    public void A_new_type_that_changes_what_a_field_binds_to_reads_the_schema_again()
    {
        var (harness, _) = Create();
        Assert.DoesNotContain(harness.Run().Diagnostics, diagnostic => diagnostic.Id == "KB0013");

        // In namespace Demo, a class named Uri hides System.Uri from the record's Link field.
        harness.AddCSharp("namespace Demo; public sealed class Uri { }");
        var after = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, SchemaReason(after, TrackingNames.Schema));
        Assert.Contains(after.Diagnostics, diagnostic => diagnostic.Id == "KB0013" && diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Link", System.StringComparison.Ordinal));
        Assert.Equal(Snapshot(harness.RunCold()), Snapshot(after));
    }

    [Fact]
    public void Editing_the_file_of_a_record_reads_the_schema_again_even_outside_the_record()
    {
        var (harness, _) = Create();
        harness.Run();

        // Only the lines move: the schema's locations (and so its diagnostics) are in this file.
        harness.ReplaceCSharp("/repo/src/Schema.cs", "// a comment above everything\n" + Schema);
        var after = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, SchemaSourcesReason(after));
        Assert.Equal(Snapshot(harness.RunCold()), Snapshot(after));
    }

    [Fact]
    public void Options_references_and_parse_options_are_sources_too()
    {
        var (harness, _) = Create();
        harness.Run();
        var edits = new (string What, System.Func<CSharpCompilation, CSharpCompilation> Edit)[]
        {
            ("nullable annotations off", compilation => compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable))),
            ("doc comments parsed", compilation => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
                tree.WithRootAndOptions(tree.GetRoot(), ((CSharpParseOptions)tree.Options).WithDocumentationMode(DocumentationMode.Diagnose))))),
            ("the abstractions' reference removed", compilation => compilation.RemoveReferences(compilation.References.Last())),
        };

        foreach (var (what, edit) in edits)
        {
            harness.EditCompilation(edit);
            var after = harness.Run();

            Assert.True(SchemaSourcesReason(after) == IncrementalStepRunReason.Modified, what + ": the schema's sources did not change");
            Assert.True(Snapshot(harness.RunCold()).SequenceEqual(Snapshot(after)), what + ": the incremental run differs from a new driver's");
        }
    }

    [Fact]
    public void Options_whose_resolvers_cannot_hash_still_read_the_schema()
    {
        // csc's file resolvers throw from GetHashCode, so the options' own hash must never be asked for.
        var (harness, _) = Create();
        harness.EditCompilation(compilation => compilation.WithOptions(compilation.Options.WithMetadataReferenceResolver(new UnhashableResolver())));

        var result = harness.Run();

        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.Contains(result.Sources, source => source.HintName.Contains("Book", System.StringComparison.Ordinal));
    }

    private static (GeneratorHarness Harness, string DefaultsPath) Create()
    {
        var harness = GeneratorHarness.Create(Schema, ("books/first.yaml", "title: First\n"));
        var defaults = harness.AddCSharp(DefaultsFile);
        return (harness, defaults);
    }

    private static IncrementalStepRunReason SchemaSourcesReason(GeneratorResult result) => SchemaReason(result, TrackingNames.SchemaSources);

    private static IncrementalStepRunReason SchemaReason(GeneratorResult result, string step) =>
        result.RunResult.Results.Single().TrackedSteps[step].Single().Outputs.Single().Reason;

    private static List<string> Snapshot(GeneratorResult result) =>
        [.. result.Sources.Select(source => source.HintName + "\n" + source.SourceText), .. result.FormattedDiagnostics];

    private sealed class UnhashableResolver : MetadataReferenceResolver
    {
        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => throw new System.NotImplementedException();

        public override System.Collections.Immutable.ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }
}
