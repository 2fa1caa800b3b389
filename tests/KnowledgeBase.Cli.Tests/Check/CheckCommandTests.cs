using System;
using System.IO;
using System.Linq;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary><c>kb check</c> end to end, in process: the real content, a copy with bad files, path filters, exit codes.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly WorkspaceCopy workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_real_content_has_no_error_or_warning_and_exits_with_0()
    {
        var files = Directory.GetFiles(WorkspaceCopy.RealContent, "*.yaml", SearchOption.AllDirectories).Length;

        var result = Kb.Run("check", WorkspaceCopy.RealContent);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"kb check: no errors or warnings in {files:N0} content files.\n", result.Error);
    }

    [Fact]
    public void Each_diagnostic_is_one_line_in_the_compilers_format_then_a_summary_and_exit_code_1()
    {
        workspace.WithBadFiles();
        var files = Directory.GetFiles(workspace.Content, "*.yaml", SearchOption.AllDirectories).Length;

        var result = Kb.Run("check", workspace.Content);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Lines.Length);
        Assert.Equal(
            [
                $"{Shown("actors/check-test-lonely.yaml")}(1,1): error KB0028: The entry 'check-test-lonely' of 'actors' is not referred to by any other entry; refer to it or remove it",
                $"{Shown("events/check-test-bad-event.yaml")}(5,5): error KB0008: The field 'actors' refers to 'no-such-actor', but the collection 'actors' has no such entry",
            ],
            result.Lines[..2]);
        Assert.StartsWith($"{Shown("events/check-test-bad-event.yaml")}(8,1): error KB0004: 'colour' is not a field of Event; its fields are: date, title,", result.Lines[2], StringComparison.Ordinal);
        Assert.Equal($"kb check: 3 errors and 0 warnings in {files:N0} content files.\n", result.Error);
    }

    [Fact]
    public void Paths_limit_what_is_reported_but_references_are_checked_against_the_whole_folder()
    {
        workspace.WithBadFiles();

        var oneFile = Kb.Run("check", Path.Combine(workspace.Content, "events", "check-test-bad-event.yaml"));
        var oneFolder = Kb.Run("check", Path.Combine(workspace.Content, "actors"));
        var cleanFile = Kb.Run("check", Path.Combine(workspace.Content, "sources", "check-test-source.yaml"));
        var twoPaths = Kb.Run("check", Path.Combine(workspace.Content, "actors"), Path.Combine(workspace.Content, "sources"));

        Assert.Equal(["KB0008", "KB0004"], oneFile.Lines.Select(Id));
        Assert.Equal("kb check: 2 errors and 0 warnings in 1 content file.\n", oneFile.Error);
        Assert.Equal(["KB0028"], oneFolder.Lines.Select(Id));
        Assert.Equal((0, string.Empty, "kb check: no errors or warnings in 1 content file.\n"), (cleanFile.ExitCode, cleanFile.Out, cleanFile.Error));
        Assert.Equal(["KB0028"], twoPaths.Lines.Select(Id));
    }

    [Fact]
    public void The_clones_root_as_a_path_means_all_of_its_content()
    {
        workspace.WithBadFiles();

        var result = Kb.Run("check", workspace.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Lines.Length);
    }

    [Theory]
    [InlineData("no-such-folder", "No such file or folder")]
    [InlineData("..", "is not in a content folder")]
    public void A_path_that_does_not_exist_or_is_in_no_content_folder_is_a_usage_error(string path, string message)
    {
        var result = Kb.Run("check", Path.Combine(workspace.Root, path));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = Kb.Run("check", workspace.Content, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_report_to_a_file_and_only_the_summary_to_the_console()
    {
        workspace.WithBadFiles();
        var file = Path.Combine(workspace.Root, "reports", "check.txt");

        var result = Kb.Run("check", workspace.Content, "--out", file);

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Out));
        Assert.StartsWith("kb check: 3 errors", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(file).Length);
    }

    private string Shown(string relativePath) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(workspace.Content, relativePath));

    private static string Id(string line) => line.Split(": ")[1].Split(' ')[1];
}
