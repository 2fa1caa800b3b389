using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Cli.Check;

/// <summary>
/// The schema's compilation as the build compiles <c>src/KnowledgeBase</c>, minus the generated code: its own
/// C# sources (embedded in kb when kb is built, see KnowledgeBase.Cli.csproj), the .NET 10 reference assemblies
/// and KnowledgeBase.Abstractions, with the build's language version, nullable context and warnings-as-errors.
/// <para>
/// Source rather than the compiled KnowledgeBase.dll, because the generator finds collection records among source
/// declarations only (the partial records it completes), and reads their syntax for some checks.
/// The sources are the ones kb was built with, so <c>kb check</c> checks against the schema kb itself carries.
/// </para>
/// </summary>
internal static class SchemaCompilation
{
    /// <summary>The prefix of the embedded sources' resource names; the rest is the path below <c>src/</c>.</summary>
    private const string ResourcePrefix = "KnowledgeBase.SchemaSource/";

    /// <summary>The project's compilation, with each source file at its path below <paramref name="repositoryRoot"/>.</summary>
    public static CSharpCompilation Create(string repositoryRoot)
    {
        var settings = BuildSettings.OfThisAssembly();
        // Without doc comments: no diagnostic of the generator depends on them (they only become the generated
        // members' docs), and parsing them is a tenth of a check. BuildEquivalenceTests compare with a real build,
        // which parses them.
        var parseOptions = new CSharpParseOptions(settings.LanguageVersion, DocumentationMode.None);
        // Parsed in parallel: a check is a cold start, and the parser is the one part of it that splits by file.
        var trees = Sources().ToArray().AsParallel().AsOrdered().Select(source => CSharpSyntaxTree.ParseText(
            source.Text,
            parseOptions,
            Path.GetFullPath(Path.Combine(repositoryRoot, "src", source.RelativePath)))).ToArray();
        return CSharpCompilation.Create(
            "KnowledgeBase",
            trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Ref<>).Assembly.Location)],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: settings.Nullable,
                generalDiagnosticOption: settings.TreatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default));
    }

    /// <summary>The embedded sources, by their path below <c>src/</c> with '/' separators.</summary>
    public static IEnumerable<(string RelativePath, SourceText Text)> Sources()
    {
        var assembly = typeof(SchemaCompilation).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var relativePath = name[ResourcePrefix.Length..].Replace('\\', '/');
            yield return (relativePath.Replace('/', Path.DirectorySeparatorChar), SourceText.From(stream, Encoding.UTF8));
        }
    }

    /// <summary>The build settings of this repository's projects (Directory.Build.props), recorded in kb's assembly metadata.</summary>
    private sealed record BuildSettings(LanguageVersion LanguageVersion, NullableContextOptions Nullable, bool TreatWarningsAsErrors)
    {
        public static BuildSettings OfThisAssembly()
        {
            var metadata = typeof(SchemaCompilation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .ToDictionary(attribute => attribute.Key, attribute => attribute.Value ?? string.Empty, StringComparer.Ordinal);
            var languageVersion = LanguageVersionFacts.TryParse(metadata.GetValueOrDefault("KnowledgeBase.LangVersion", "latest"), out var parsed) ? parsed : LanguageVersion.Latest;
            var nullable = Enum.TryParse<NullableContextOptions>(metadata.GetValueOrDefault("KnowledgeBase.Nullable", "enable"), ignoreCase: true, out var context) ? context : NullableContextOptions.Enable;
            var warningsAsErrors = string.Equals(metadata.GetValueOrDefault("KnowledgeBase.TreatWarningsAsErrors"), "true", StringComparison.OrdinalIgnoreCase);
            return new BuildSettings(languageVersion, nullable, warningsAsErrors);
        }
    }
}
