using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeBase.Generator.Tests.Adversarial;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>The repository these tests are built from: its root, and its content files as the compiler reads them.</summary>
internal static class RealRepository
{
    /// <summary>The folder holding <c>KnowledgeBase.sln</c>, found from this source file's own path.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every content file in ordinal order: its path below <c>content/</c> (with '/') and its text as the compiler decodes it.</summary>
    public static List<(string Path, SourceText Text)> ContentFiles()
    {
        var contentRoot = Path.Combine(Root, "content");
        return Directory.GetFiles(contentRoot, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(contentRoot, file).Replace('\\', '/'), ContentRun.DecodeLikeTheCompiler(File.ReadAllBytes(file))))
            .ToList();
    }

    private static string FindRoot([CallerFilePath] string path = "")
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "KnowledgeBase.sln")))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException("No KnowledgeBase.sln above " + path);
    }
}
