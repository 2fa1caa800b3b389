using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// The analyzer re-runs its kept driver rather than the generator cold: after the first analysis a C# edit reads no
/// content file again and a YAML edit reads only the edited file (the generator reads a file's text only to parse it).
/// </summary>
public sealed class LiveIncrementalTests
{
    [Fact]
    public async Task A_csharp_edit_reads_no_content_file_again()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var project = LiveFixture.Project();
        await analyzer.AnalyzeAs(project);

        var edited = project.WithUnrelatedCode(1);
        var compilation = edited.IdeCompilation();
        var reads = edited.Content.Select(file => file.Reads()).ToList();
        var diagnostics = await edited.Analyze(compilation, analyzer);

        Assert.Equal(reads, edited.Content.Select(file => file.Reads()));
        Assert.Equal(edited.BuildContentDiagnostics(), diagnostics);
    }

    [Fact]
    public async Task A_csharp_edit_that_leaves_the_schema_sources_alone_does_not_run_the_generator_again()
    {
        var drivers = new KnowledgeBase.Generator.LiveDiagnostics.ProjectDriverCache(4);
        var analyzer = new KnowledgeBase.Generator.LiveDiagnostics.LiveContentDiagnosticsAnalyzer(drivers);
        var project = LiveFixture.Project();
        await analyzer.AnalyzeAs(project);
        var driver = Assert.Single(drivers.Drivers);
        Assert.Equal(1, driver.GeneratorRuns);

        var edited = project.WithUnrelatedCode(1);
        Assert.Equal(edited.BuildContentDiagnostics(), await edited.Analyze(edited.IdeCompilation(), analyzer));
        Assert.Equal(1, driver.GeneratorRuns);

        // The counterpart: a schema edit (a new required field) runs it, and its diagnostics are the build's.
        var schemaEdit = edited.WithSchema(LiveFixture.Schema.Replace("Ref<Person>? Mentor = null", "string Country, Ref<Person>? Mentor = null", System.StringComparison.Ordinal));
        var after = await schemaEdit.Analyze(schemaEdit.IdeCompilation(), analyzer);
        Assert.Equal(2, driver.GeneratorRuns);
        Assert.Equal(schemaEdit.BuildContentDiagnostics(), after);
        Assert.Contains(after, diagnostic => diagnostic.Contains("KB0005", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_yaml_edit_reads_only_the_edited_file()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var project = LiveFixture.Project();
        await analyzer.AnalyzeAs(project);

        var edited = project.WithFile(LiveFixture.Ada, "name: Ada Lovelace\nborn: 1815-12-10\n");
        var compilation = edited.IdeCompilation();
        var reads = edited.Content.ToDictionary(file => file.Path, file => file.Reads());
        await edited.Analyze(compilation, analyzer);

        var reread = edited.Content.Where(file => file.Reads() > reads[file.Path]).Select(file => file.Path);
        Assert.Equal([LiveFixture.Ada], reread);
    }

    [Fact]
    public async Task The_first_analysis_reads_every_content_file()
    {
        // The counterpart that shows the two tests above can fail: a run from no state reads every file.
        var project = LiveFixture.Project();
        var compilation = project.IdeCompilation();
        var reads = project.Content.Select(file => file.Reads()).ToList();

        await project.Analyze(compilation, LiveFixture.NewAnalyzer());

        Assert.All(project.Content.Zip(reads), pair => Assert.True(pair.First.Reads() > pair.Second, pair.First.Path));
    }
}
