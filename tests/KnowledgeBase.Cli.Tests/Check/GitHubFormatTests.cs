using System;
using KnowledgeBase.Cli.Check;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary><c>kb check --format github</c>: workflow commands that annotate a pull request at each file and line.</summary>
public sealed class GitHubFormatTests : IDisposable
{
    private readonly WorkspaceCopy workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Each_diagnostic_is_a_workflow_command_with_its_file_relative_to_the_root_and_its_span()
    {
        workspace.WithBadFiles();

        var result = Kb.Run("check", workspace.Content, "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Lines.Length);
        Assert.Equal(
            [
                "::error file=content/actors/check-test-lonely.yaml,line=1,col=1,endLine=1,endColumn=1,title=KB0028::The entry 'check-test-lonely' of 'actors' is not referred to by any other entry; refer to it or remove it",
                "::error file=content/events/check-test-bad-event.yaml,line=5,col=5,endLine=5,endColumn=18,title=KB0008::The field 'actors' refers to 'no-such-actor', but the collection 'actors' has no such entry",
            ],
            result.Lines[..2]);
        Assert.StartsWith("::error file=content/events/check-test-bad-event.yaml,line=8,col=1,endLine=8,endColumn=7,title=KB0004::'colour' is not a field of Event; its fields are: date,", result.Lines[2], StringComparison.Ordinal);
        Assert.StartsWith("kb check: 3 errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_comma_colon_or_percent_is_escaped_in_the_file_property_and_the_message()
    {
        workspace.Write("events/a,b:c.yaml", "title: x\n");
        workspace.Write("events/100%.yaml", "title: x\n");

        var result = Kb.Run("check", workspace.Content, "--format", "github");

        Assert.Contains(result.Lines, line => line.StartsWith("::error file=content/events/a%2Cb%3Ac.yaml,line=1,col=1,", StringComparison.Ordinal) && line.Contains(",title=KB0009::", StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.StartsWith("::error file=content/events/100%25.yaml,", StringComparison.Ordinal) && line.Contains("::The file name '100%25' is not", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("one\r\ntwo\nthree\rfour", "one%0D%0Atwo%0Athree%0Dfour")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    public void Messages_escape_percent_and_line_ends(string message, string escaped) =>
        Assert.Equal(escaped, GitHubReport.EscapeData(message));

    [Theory]
    [InlineData("content/x.yaml", "content/x.yaml")]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("50%,\n", "50%25%2C%0A")]
    public void Properties_escape_colons_and_commas_as_well(string value, string escaped) =>
        Assert.Equal(escaped, GitHubReport.EscapeProperty(value));
}
