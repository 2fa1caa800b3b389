using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using Xunit;

namespace KnowledgeBase.Cli.Tests.Check;

/// <summary>
/// The README's fast kb (<c>dotnet publish src/KnowledgeBase.Cli -c Release -p:PublishProfile=ReadyToRun</c>): MSBuild
/// evaluates the profile to a self-contained, composite ReadyToRun publish for this machine into artifacts/kb. A real
/// publish takes minutes, so tests/perf/check-speed.sh runs it and measures it; this catches a renamed or broken profile.
/// </summary>
public sealed class PublishProfileTests
{
    /// <summary>A hang guard, not a speed check.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(5);

    [Fact]
    public async System.Threading.Tasks.Task The_ReadyToRun_profile_publishes_kb_self_contained_as_one_composite_image_into_artifacts()
    {
        var project = Path.Combine(WorkspaceCopy.Repository, "src", "KnowledgeBase.Cli", "KnowledgeBase.Cli.csproj");
        var start = new ProcessStartInfo("dotnet", [
            "msbuild", project, "-nologo", "-p:Configuration=Release", "-p:PublishProfile=ReadyToRun",
            "-getProperty:RuntimeIdentifier", "-getProperty:NETCoreSdkRuntimeIdentifier", "-getProperty:SelfContained",
            "-getProperty:PublishReadyToRun", "-getProperty:PublishReadyToRunComposite", "-getProperty:PublishDir",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(Guard), "dotnet msbuild did not finish.");
        Assert.True(process.ExitCode == 0, output + await error);

        var properties = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        string Property(string name) => properties.GetProperty(name).GetString()!;
        Assert.NotEmpty(Property("RuntimeIdentifier"));
        Assert.Equal(Property("NETCoreSdkRuntimeIdentifier"), Property("RuntimeIdentifier"));
        Assert.Equal("true", Property("SelfContained"));
        Assert.Equal("true", Property("PublishReadyToRun"));
        Assert.Equal("true", Property("PublishReadyToRunComposite"));
        Assert.Equal(
            Path.Combine(WorkspaceCopy.Repository, "artifacts", "kb") + Path.DirectorySeparatorChar,
            Path.GetFullPath(Property("PublishDir")));
    }
}
