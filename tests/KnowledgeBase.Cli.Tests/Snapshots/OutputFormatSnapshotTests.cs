using KnowledgeBase.Cli.Tests.Infrastructure;
using KnowledgeBase.Testing;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Snapshots;

/// <summary>
/// Every output format, over the fixed <see cref="Fixture"/> so the snapshots change only when a format does.
/// Accept a deliberate change with <c>KB_ACCEPT_SNAPSHOTS=1 dotnet test KnowledgeBase.sln</c>.
/// </summary>
public class OutputFormatSnapshotTests
{
    [Theory]
    [InlineData("list", "list")]
    [InlineData("list_json", "list", "--json")]
    [InlineData("show", "show", "acme-launch")]
    [InlineData("show_figure", "show", "acme-widget-sales")]
    [InlineData("show_json", "show", "figures/acme-widget-sales", "--json")]
    [InlineData("search", "search", "widgets")]
    [InlineData("search_json", "search", "widgets", "--json")]
    [InlineData("timeline", "timeline")]
    [InlineData("timeline_json", "timeline", "--json")]
    [InlineData("sources", "sources", "doe-widgets-will-win")]
    [InlineData("disputes", "disputes")]
    [InlineData("stats", "stats")]
    public void Command_output(string name, params string[] args)
    {
        var result = Kb.Run(Fixture.Catalog, args);

        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(result.Out, name.EndsWith("_json", System.StringComparison.Ordinal) ? "json" : "txt", parameters: name);
    }

    [Fact]
    public void Export_json()
    {
        Snapshot.Verify(Kb.Run(Fixture.Catalog, "export", "--format", "json").Out, "json");
    }

    [Fact]
    public void Export_csv()
    {
        Snapshot.Verify(Kb.Run(Fixture.Catalog, "export", "--format", "csv").Out, "csv");
    }

    [Theory]
    [InlineData("root")]
    [InlineData("list")]
    [InlineData("search")]
    [InlineData("export")]
    public void Help(string command)
    {
        var result = command == "root" ? Kb.Run("--help") : Kb.Run(command, "--help");

        Snapshot.Verify(result.Out, "txt", parameters: command);
    }
}
