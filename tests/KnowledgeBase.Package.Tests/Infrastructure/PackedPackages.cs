using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace KnowledgeBase.Package.Tests.Infrastructure;

/// <summary>
/// Packs KnowledgeBase.Abstractions and KnowledgeBase.Generator once for the test class, into a folder feed
/// under a fresh temporary directory (outside the clone, so nothing of the repository's build setup reaches the
/// consumer), and deletes it all afterwards.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("kb-package-tests-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        var repo = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepoRoot").Value!;
        foreach (var project in new[] { "src/KnowledgeBase.Abstractions/KnowledgeBase.Abstractions.csproj", "src/KnowledgeBase.Generator/KnowledgeBase.Generator.csproj" })
        {
            // Its own artifacts path: never touches the clone's bin/obj, so it cannot collide with a build in progress.
            var pack = Dotnet.Run(repo, null, "pack", Path.Combine(repo, project), "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), "-nodeReuse:false");
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        Version = Path.GetFileNameWithoutExtension(GeneratorPackage)["KnowledgeBase.Generator.".Length..];
    }

    /// <summary>The temporary directory holding the feed, the consumer and its package cache.</summary>
    public string Root { get; }

    /// <summary>The folder feed with both packages.</summary>
    public string Feed { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; }

    public string GeneratorPackage => Directory.GetFiles(Feed, "KnowledgeBase.Generator.*.nupkg").Single();

    public string AbstractionsPackage => Directory.GetFiles(Feed, "KnowledgeBase.Abstractions.*.nupkg").Single();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
