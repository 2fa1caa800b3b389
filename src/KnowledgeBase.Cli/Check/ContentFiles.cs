using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KnowledgeBase.Cli.Check;

/// <summary>The content files a build hands the generator: every <c>*.yaml</c> below the content folder.</summary>
internal static class ContentFiles
{
    // As src/KnowledgeBase/KnowledgeBase.csproj lists them: AdditionalFiles Include="$(KnowledgeBaseContentRoot)/**/*.yaml".
    private static readonly EnumerationOptions s_everyFolder = new()
    {
        RecurseSubdirectories = true,
        MatchType = MatchType.Simple,
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
    };

    /// <summary>The full paths of the content files below <paramref name="contentRoot"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(string contentRoot) =>
        [.. Directory.EnumerateFiles(contentRoot, "*.yaml", s_everyFolder).Order(StringComparer.Ordinal)];
}
