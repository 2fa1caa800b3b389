using System.Linq;
using System.Threading.Tasks;
using KnowledgeBase.Generator.LiveDiagnostics;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// The IDE-side analyzer reports exactly the generator's content diagnostics, per YAML file, when the design-time
/// marker is present, and nothing otherwise (so a command-line build reports each error once).
/// </summary>
public sealed class LiveContentDiagnosticsAnalyzerTests
{
    [Fact]
    public async Task With_the_design_time_marker_it_reports_the_generators_content_diagnostics_at_the_same_places()
    {
        var project = LiveFixture.Project();

        // The public constructor, as the compiler and IDEs create the analyzer (the shared drivers).
        var analyzerDiagnostics = await project.Analyze(new LiveContentDiagnosticsAnalyzer());

        Assert.Equal(
            ["KB0004", "KB0006", "KB0008", "KB0011"],
            project.BuildDiagnostics().Where(LiveProject.InContent).Select(diagnostic => diagnostic.Id).Order());
        Assert.Equal(project.BuildContentDiagnostics(), analyzerDiagnostics);
        Assert.Contains(analyzerDiagnostics, diagnostic => diagnostic.StartsWith(LiveFixture.Bad + ": (2,8)", System.StringComparison.Ordinal) && diagnostic.Contains("KB0008", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_marker_it_reports_nothing_so_builds_do_not_see_each_error_twice()
    {
        var project = LiveFixture.Project();

        Assert.NotEmpty(project.BuildContentDiagnostics());
        Assert.Empty(await project.Analyze(LiveFixture.NewAnalyzer(), withMarker: false));
    }

    [Fact]
    public async Task It_leaves_diagnostics_in_csharp_to_the_generator()
    {
        var project = LiveFixture.Project();

        Assert.Contains(project.BuildDiagnostics(), diagnostic => diagnostic.Id == "KB0013" && !LiveProject.InContent(diagnostic));
        var analyzerDiagnostics = await project.Analyze(LiveFixture.NewAnalyzer());
        Assert.NotEmpty(analyzerDiagnostics);
        Assert.All(analyzerDiagnostics, diagnostic => Assert.Contains(".yaml: (", diagnostic, System.StringComparison.Ordinal));
    }
}
