using System.Linq;
using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Pipeline;

public sealed class GeneratedCodeTests
{
    [Fact]
    public void Valid_content_generates_code_that_compiles_without_any_diagnostic()
    {
        var result = GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/first-item.yaml", TestSchemas.ItemYaml));

        Assert.Empty(result.FormattedDiagnostics);
        AssertCompiles(result);
        Assert.Contains("public static global::Demo.Item FirstItem =>", result.Source("Demo.Item.FirstItem.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_file_among_several_still_yields_the_others()
    {
        var result = GeneratorHarness.RunOnce(
            TestSchemas.Demo,
            ("sources/a-source.yaml", TestSchemas.SourceYaml),
            ("items/broken.yaml", "title: [unclosed"),
            ("items/first-item.yaml", TestSchemas.ItemYaml));

        Assert.Equal("KB0001", Assert.Single(result.Diagnostics).Id);
        Assert.Contains(result.Sources, source => source.HintName == "Demo.Item.FirstItem.g.cs");
        Assert.Contains(result.Sources, source => source.HintName == "Demo.Source.ASource.g.cs");
        AssertCompiles(result);
    }

    private static void AssertCompiles(GeneratorResult result) =>
        Assert.True(result.CompilationDiagnostics.IsEmpty, string.Join("\n", result.FormattedCompilationDiagnostics));
}
