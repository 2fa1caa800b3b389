using KnowledgeBase.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Rules;

/// <summary>The baseline every rule test starts from: valid content breaks no rule and compiles cleanly.</summary>
public sealed class ValidContentTests
{
    [Fact]
    public void Content_that_keeps_every_rule_gets_no_diagnostic_and_compiles()
    {
        var result = RealSchema.Run();

        Assert.Empty(result.FormattedDiagnostics);
        GeneratorAssert.Compiles(result);
    }
}
