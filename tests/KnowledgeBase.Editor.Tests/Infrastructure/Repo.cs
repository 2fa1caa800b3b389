using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>The clone these tests were built from: its content, schemas and the npm folder of the editor tests.</summary>
internal static class Repo
{
    public static string Root { get; } = Path.GetFullPath(typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!);

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Where <c>npm ci</c> installs the pinned server.</summary>
    public static string EditorPackages => Path.Combine(Root, "tests", "editor");

    public static string ServerScript => Path.Combine(EditorPackages, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

    /// <summary>A path below the clone, as the file URI an editor would send.</summary>
    public static string Uri(string relativePath) => new Uri(Path.Combine(Root, relativePath)).AbsoluteUri;
}
