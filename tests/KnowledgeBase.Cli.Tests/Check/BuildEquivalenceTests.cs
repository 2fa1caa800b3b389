using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeBase.Cli.Tests.Infrastructure;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>
/// The claim of <c>kb check</c>, tested against the real thing once: <c>dotnet build</c> of a project made like
/// src/KnowledgeBase (its sources, the repository's Directory.Build.props, the generator as an analyzer) over a copy
/// of the content with bad files reports exactly the KB lines that <c>kb check</c> prints for the same copy.
/// It runs in every <c>dotnet test</c>, so in CI; it is the one test here that starts a build (about half a minute).
/// </summary>
[Trait("Category", "Build")]
public sealed partial class BuildEquivalenceTests : IDisposable
{
    /// <summary>A hang guard, not a speed check.</summary>
    private static readonly TimeSpan BuildGuard = TimeSpan.FromMinutes(10);

    private readonly WorkspaceCopy workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Kb_check_prints_the_KB_lines_that_dotnet_build_reports_for_the_same_content()
    {
        workspace.WithBadFiles();
        workspace.Write("events/check-test-unclosed.yaml", "date: 2025-01-27\ntitle: [unclosed\n");
        File.WriteAllBytes(Path.Combine(workspace.Content, "sources", "check-test-latin1.yaml"), [.. "title: caf"u8, 0xE9, .. "\n"u8]);
        var project = WriteProject();

        var built = Build(project);
        var check = Kb.Run("check", workspace.Content);

        var fromBuild = built.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var fromCheck = check.Lines.Select(line => Normalise(Path.GetFullPath(line[..line.IndexOf('(', StringComparison.Ordinal)]) + line[line.IndexOf('(', StringComparison.Ordinal)..])).ToHashSet(StringComparer.Ordinal);
        Assert.True(fromBuild.Count >= 5, "The build reported only:\n" + string.Join("\n", fromBuild));
        Assert.Equal(fromBuild.Order(StringComparer.Ordinal), fromCheck.Order(StringComparer.Ordinal));
        Assert.Equal(1, check.ExitCode);
    }

    /// <summary>A project that compiles src/KnowledgeBase's sources with the repository's settings over the copied content.</summary>
    private string WriteProject()
    {
        var repository = WorkspaceCopy.Repository;
        var bin = AppContext.BaseDirectory;
        var folder = Path.Combine(workspace.Root, "build");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "Check.csproj");
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repository}/Directory.Build.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <!-- Only the generator matters here; the code analyzers would only make the build slower. -->
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
                <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{repository}/src/KnowledgeBase/**/*.cs" Exclude="{repository}/src/KnowledgeBase/bin/**;{repository}/src/KnowledgeBase/obj/**" />
                <Compile Include="{repository}/src/Shared/EditDistance.cs" />
                <Reference Include="{bin}KnowledgeBase.Abstractions.dll" />
                <Analyzer Include="{bin}KnowledgeBase.Generator.dll;{bin}YamlDotNet.dll" />
                <AdditionalFiles Include="{workspace.Content}/**/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        return path;
    }

    /// <summary>The KB lines of the build's output, without the project suffix MSBuild adds.</summary>
    private static List<string> Build(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-nologo", "-nodeReuse:false", "-clp:NoSummary", "-v:q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(BuildGuard), "dotnet build did not finish.");
        var lines = (output + "\n" + error.Result).Split('\n').Select(line => line.TrimEnd('\r'));
        var kb = lines.Select(line => BuildLine().Match(line)).Where(match => match.Success).Select(match => match.Groups["line"].Value).Distinct().ToList();
        Assert.True(kb.Count > 0, "No KB line in the build's output:\n" + output + error.Result);
        return kb;
    }

    /// <summary>A line as compared: full path, position, severity, id, message.</summary>
    private static string Normalise(string line) => line.Trim();

    [GeneratedRegex(@"^\s*(?<line>.+\(\d+,\d+\): (error|warning) KB\d{4}: .*?)( \[[^\]]+\])?$")]
    private static partial Regex BuildLine();
}
