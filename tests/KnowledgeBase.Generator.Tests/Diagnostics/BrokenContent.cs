using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Diagnostics;

/// <summary>
/// Runs the generator over one broken file beside valid neighbours and C# that uses them, so every diagnostic
/// test also proves that the rest of the content still generates and compiles.
/// </summary>
internal static class BrokenContent
{
    /// <summary>C# that uses the valid neighbours, as application code would.</summary>
    public const string Consumer = """
        namespace App;

        public static class UsesContent
        {
            public static string Title => Demo.Item.Good.Title;

            public static string Source => Demo.Source.ASource.Title;

            public static int Count => Demo.Item.All.Length + Demo.Source.All.Length;
        }
        """;

    public static GeneratorResult Run(string path, string yaml, string schema = TestSchemas.Demo) =>
        Run(schema, (path, yaml));

    public static GeneratorResult Run(string schema, params (string Path, string Text)[] broken)
    {
        var harness = GeneratorHarness.Create(
            schema,
            [("sources/a-source.yaml", TestSchemas.SourceYaml), ("items/good.yaml", TestSchemas.ItemYaml), .. broken]);
        harness.AddCSharp(Consumer);
        return harness.Run();
    }

    /// <summary>The valid neighbours were generated, are listed in <c>All</c>, and everything compiles.</summary>
    public static void AssertRestGenerates(GeneratorResult result)
    {
        GeneratorAssert.Generated(result, "Demo.Item.Good.g.cs");
        GeneratorAssert.Generated(result, "Demo.Source.ASource.g.cs");
        Assert.Contains("good", CollectionIds.Of(result.Source("Demo.Item.g.cs")));
        GeneratorAssert.Compiles(result);
    }
}
