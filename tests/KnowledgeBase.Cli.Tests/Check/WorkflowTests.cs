using System.IO;
using System.Linq;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>The repository's GitHub workflow cannot run here; this holds it to valid YAML that runs kb check and .ci/run.</summary>
public sealed class WorkflowTests
{
    private static readonly string Workflow = Path.Combine(WorkspaceCopy.Repository, ".github", "workflows", "ci.yml");

    [Fact]
    public void The_workflow_sets_up_dotnet_from_global_json_runs_kb_check_for_annotations_and_the_tests()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Workflow))
        {
            yaml.Load(reader);
        }

        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents.Single().RootNode)["jobs"];
        var steps = jobs.Children.Values
            .SelectMany(job => (YamlSequenceNode)((YamlMappingNode)job)["steps"])
            .Cast<YamlMappingNode>()
            .ToList();
        var runs = steps.Where(step => step.Children.ContainsKey("run")).Select(step => step["run"].ToString()).ToList();

        Assert.Contains(runs, run => run.Contains("kb check --format github", System.StringComparison.Ordinal));
        Assert.Contains(runs, run => run.Contains("bash .ci/run", System.StringComparison.Ordinal));
        Assert.All(
            steps.Where(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/setup-dotnet", System.StringComparison.Ordinal)),
            step => Assert.Equal("global.json", ((YamlMappingNode)step["with"])["global-json-file"].ToString()));
    }
}
