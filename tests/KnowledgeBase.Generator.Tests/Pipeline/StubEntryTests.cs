using System;
using System.Collections;
using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

/// <summary>
/// An entry with content errors keeps its member, so C# that uses it still compiles and the build fails with
/// the KB error alone, never with a cascade of "name does not exist" errors.
/// </summary>
public sealed class StubEntryTests
{
    private const string UsesBrokenEntries = """
        namespace App;

        public static class UsesBroken
        {
            public static object BadDate => Demo.Item.BadDate;

            public static object Malformed => Demo.Item.Malformed;

            public static object Empty => Demo.Item.Empty;
        }
        """;

    private static GeneratorResult Run()
    {
        var harness = GeneratorHarness.Create(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/good.yaml", TestSchemas.ItemYaml),
            ("items/bad-date.yaml", TestSchemas.ItemYaml.Replace("date: 2025-01-27", "date: 2025-02-30", StringComparison.Ordinal)),
            ("items/malformed.yaml", "title: \"unclosed"),
            ("items/empty.yaml", string.Empty));
        harness.AddCSharp(UsesBrokenEntries);
        return harness.Run();
    }

    [Fact]
    public void Code_that_uses_a_broken_entry_compiles_and_only_the_KB_errors_remain()
    {
        var result = Run();

        Assert.Equal(["KB0006", "KB0002", "KB0001"], result.Diagnostics.Select(diagnostic => diagnostic.Id));
        GeneratorAssert.Compiles(result);
    }

    [Fact]
    public void Broken_entries_are_left_out_of_All_and_TryGet()
    {
        var result = Run();
        using var loaded = LoadedAssembly.Load(result.Output);

        var all = Assert.IsAssignableFrom<IEnumerable>(loaded.Static("Demo.Item", "All")).Cast<object>();
        Assert.Equal(["good"], all.Select(entry => (string)LoadedAssembly.Get(entry, "Id")!));
        Assert.Equal(false, loaded.Call("Demo.Item", "TryGet", ["bad-date", null]));
        Assert.DoesNotContain("BadDate", result.Source("Demo.Item.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reaching_a_broken_entry_at_run_time_throws_and_names_its_file()
    {
        var result = Run();
        using var loaded = LoadedAssembly.Load(result.Output);

        var thrown = Assert.Throws<InvalidOperationException>(() => loaded.Static("Demo.Item", "BadDate"));
        Assert.Equal("The entry 'bad-date' has content errors (see the KB diagnostics for content/items/bad-date.yaml).", thrown.Message);
    }

    [Fact]
    public void A_file_that_becomes_valid_gets_its_value_and_joins_All()
    {
        var harness = GeneratorHarness.Create(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/later.yaml", "title: \"unclosed"));
        Assert.Contains("throw new global::System.InvalidOperationException", harness.Run().Source("Demo.Item.Later.g.cs"), StringComparison.Ordinal);

        harness.ReplaceFile("items/later.yaml", TestSchemas.ItemYaml);
        var result = harness.Run();

        Assert.Empty(result.FormattedDiagnostics);
        Assert.DoesNotContain("InvalidOperationException", result.Source("Demo.Item.Later.g.cs"), StringComparison.Ordinal);
        Assert.Contains("later", CollectionIds.Of(result.Source("Demo.Item.g.cs")));
    }
}
