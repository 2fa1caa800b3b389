using System.Linq;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>The app as a whole: help, parse errors, exit codes.</summary>
public class AppTests
{
    public static TheoryData<string> Commands => ["list", "show", "search", "timeline", "sources", "disputes", "export", "stats"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_examples(string command)
    {
        var result = Kb.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("kb " + command, result.Out, System.StringComparison.Ordinal);
        var examples = result.Lines.SkipWhile(line => line != "Examples:").Skip(1).TakeWhile(line => line.Length > 0).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.StartsWith("  kb " + command, example, System.StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Root_help_lists_every_command_and_the_exit_codes()
    {
        var result = Kb.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in Commands)
        {
            Assert.Contains("  " + command, result.Out, System.StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 success; 1", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("2 usage error", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Kb_without_a_command_prints_the_help()
    {
        var result = Kb.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Kb.Run("--help").Out, result.Out);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_a_suggestion()
    {
        var result = Kb.Run("lst");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("'lst'", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("Did you mean 'list'?", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("Run 'kb --help' for usage.", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_naming_the_command_help()
    {
        var result = Kb.Run("list", "--colour");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--colour", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("Run 'kb list --help' for usage.", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_suggests_the_right_one()
    {
        var result = Kb.Run("show", "nvidia", "--jsn");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("Did you mean '--json'?", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var result = Kb.Run("show");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'kb show --help' for usage.", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_never_show_a_stack_trace()
    {
        foreach (var args in new[] { new[] { "show", "no-such-entry" }, ["list", "nope"], ["timeline", "--from", "yesterday"], ["export", "--format", "xml"] })
        {
            var result = Kb.Run(args);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("kb: ", result.Error, System.StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Error, System.StringComparison.Ordinal);
        }
    }
}
