using System.Threading.Tasks;
using Xunit;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// The analyzer keeps one generator driver per project and re-runs it on the next compilation: after each kind of
/// edit its diagnostics are the build's for the new state (a cold run), never the last state's.
/// </summary>
public sealed class LiveReRunTests
{
    private const string FixedBad = "name: Bad\nborn: 1815-12-10\nmentor: ada\n";

    [Fact]
    public async Task After_a_yaml_edit_it_reports_the_edited_files_new_diagnostics()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var before = LiveFixture.Project();
        var first = await analyzer.AnalyzeAs(before);

        var after = before.WithFile(LiveFixture.Bad, FixedBad).WithFile(LiveFixture.Ada, "name: Ada\nborn: 1815-12-10\nmentr: bad\n");
        var second = await analyzer.AnalyzeAs(after);

        Assert.Equal(after.BuildContentDiagnostics(), second);
        Assert.Contains(first, diagnostic => diagnostic.StartsWith(LiveFixture.Bad, System.StringComparison.Ordinal));
        Assert.DoesNotContain(second, diagnostic => diagnostic.StartsWith(LiveFixture.Bad, System.StringComparison.Ordinal));
        Assert.Contains(second, diagnostic => diagnostic.StartsWith(LiveFixture.Ada, System.StringComparison.Ordinal) && diagnostic.Contains("KB0004", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_schema_edit_it_binds_every_file_against_the_new_records()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var before = LiveFixture.Project();
        await analyzer.AnalyzeAs(before);

        // A new required field (every person now lacks it) and a record that claims the places folder.
        var after = before.WithSchema(LiveFixture.Schema
            .Replace("Ref<Person>? Mentor = null", "string Country, Ref<Person>? Mentor = null", System.StringComparison.Ordinal)
            + "\n[Collection(\"places\")]\npublic sealed partial record Place(string Name);\n");
        var second = await analyzer.AnalyzeAs(after);

        Assert.Equal(after.BuildContentDiagnostics(), second);
        Assert.Contains(second, diagnostic => diagnostic.StartsWith(LiveFixture.Ada, System.StringComparison.Ordinal) && diagnostic.Contains("KB0005", System.StringComparison.Ordinal));
        Assert.DoesNotContain(second, diagnostic => diagnostic.Contains("KB0011", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_file_is_removed_its_diagnostics_go_and_references_to_it_dangle()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var before = LiveFixture.Project();
        var first = await analyzer.AnalyzeAs(before);

        var after = before.WithoutFile(LiveFixture.Bad);
        var second = await analyzer.AnalyzeAs(after);

        Assert.Equal(after.BuildContentDiagnostics(), second);
        Assert.DoesNotContain(first, diagnostic => diagnostic.StartsWith(LiveFixture.Carl, System.StringComparison.Ordinal));
        Assert.Contains(second, diagnostic => diagnostic.StartsWith(LiveFixture.Carl, System.StringComparison.Ordinal) && diagnostic.Contains("KB0008", System.StringComparison.Ordinal));
        Assert.DoesNotContain(second, diagnostic => diagnostic.StartsWith(LiveFixture.Bad, System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_file_is_added_and_another_removed_in_one_step_it_matches_the_build()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var before = LiveFixture.Project();
        await analyzer.AnalyzeAs(before);

        // As many files as before, so Roslyn pairs the old and new lists by position.
        var after = before.WithoutFile(LiveFixture.Ada).WithFile("/repo/content/people/dora.yaml", "name: Dora\nborn: 1900-01-01\nmentor: ada\n");
        var second = await analyzer.AnalyzeAs(after);

        Assert.Equal(after.BuildContentDiagnostics(), second);
        Assert.Contains(second, diagnostic => diagnostic.StartsWith("/repo/content/people/dora.yaml", System.StringComparison.Ordinal) && diagnostic.Contains("KB0008", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_last_error_is_fixed_it_reports_nothing()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var before = LiveProject.Create(LiveFixture.Schema, [new CountingText(LiveFixture.Bad, "name: Bad\nborn: someday\n")]);
        Assert.NotEmpty(await analyzer.AnalyzeAs(before));

        var after = before.WithFile(LiveFixture.Bad, FixedBad.Replace("mentor: ada\n", string.Empty, System.StringComparison.Ordinal));

        Assert.Empty(after.BuildContentDiagnostics());
        Assert.Empty(await analyzer.AnalyzeAs(after));
    }

    [Fact]
    public async Task Edits_back_and_forth_end_where_a_cold_run_ends()
    {
        var analyzer = LiveFixture.NewAnalyzer();
        var original = LiveFixture.Project();
        await analyzer.AnalyzeAs(original);
        await analyzer.AnalyzeAs(original.WithFile(LiveFixture.Bad, FixedBad));

        // The original instances again: the driver must not keep the fix it saw in between.
        Assert.Equal(original.BuildContentDiagnostics(), await analyzer.AnalyzeAs(original));
    }

    [Fact]
    public async Task Two_projects_that_share_a_driver_each_get_their_own_diagnostics()
    {
        // One driver for both (same key, and room for one): a shared driver may be slow, never wrong.
        var analyzer = LiveFixture.NewAnalyzer(capacity: 1);
        var first = LiveFixture.Project();
        var other = LiveProject.Create(
            "using KnowledgeBase; namespace Other; [Collection(\"places\")] public sealed partial record Place(string Name, int Population);",
            [new CountingText("/other/content/places/rome.yaml", "name: Rome\npopulation: many\n")]);

        Assert.Equal(first.BuildContentDiagnostics(), await analyzer.AnalyzeAs(first));
        Assert.Equal(other.BuildContentDiagnostics(), await analyzer.AnalyzeAs(other));
        Assert.Equal(first.BuildContentDiagnostics(), await analyzer.AnalyzeAs(first));
        Assert.NotEqual(first.BuildContentDiagnostics(), other.BuildContentDiagnostics());
    }
}
