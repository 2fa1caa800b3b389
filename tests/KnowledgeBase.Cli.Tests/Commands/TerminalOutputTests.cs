using System.Linq;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>Colour and width follow the terminal: colour only on a terminal without NO_COLOR; cut lines only on a terminal.</summary>
public class TerminalOutputTests
{
    private const string Escape = "\u001b[";

    [Theory]
    [InlineData("list")]
    [InlineData("show", "deepseek-r1-release")]
    [InlineData("disputes")]
    [InlineData("stats")]
    public void Colour_only_on_a_terminal_without_no_color(params string[] args)
    {
        Assert.Contains(Escape, Kb.RunOnTerminal(200, noColor: false, args).Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Kb.RunOnTerminal(200, noColor: true, args).Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Kb.Run(args).Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_does_not_shift_the_columns()
    {
        var plain = Kb.RunOnTerminal(300, noColor: true, "list").Lines;
        var coloured = Kb.RunOnTerminal(300, noColor: false, "list").Lines
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9;]*m", string.Empty));

        Assert.Equal(plain, coloured);
    }

    [Fact]
    public void On_a_terminal_titles_are_cut_to_fit_the_width()
    {
        var result = Kb.RunOnTerminal(140, noColor: true, "timeline");

        Assert.All(result.Lines, line => Assert.True(line.Length <= 140, line));
        Assert.Contains(result.Lines, line => line.EndsWith('\u2026'));
    }

    [Fact]
    public void Through_a_pipe_nothing_is_cut()
    {
        var result = Kb.Run("timeline");

        Assert.DoesNotContain('\u2026', result.Out);
        Assert.Contains(result.Lines, line => line.Length > 140);
    }

    [Fact]
    public void Prose_wraps_to_the_terminal_width_in_show()
    {
        var result = Kb.RunOnTerminal(80, noColor: true, "show", "deepseek-r1-release");

        Assert.All(result.Lines, line => Assert.True(line.Length <= 80, line));
        Assert.Contains(result.Lines, line => line.StartsWith("  summary ", System.StringComparison.Ordinal));
    }
}
