using KnowledgeBase.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator;

/// <summary>
/// The schema's two steps: what it depends on, taken from every compilation (cheap: unchanged trees and references
/// are looked up, not read), and the read itself, which runs only when that changed.
/// </summary>
internal static class SchemaSteps
{
    public static IncrementalValueProvider<SchemaModel> Create(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .Select(static (compilation, cancellationToken) => SchemaSources.Of(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaSources)
            .Select(static (sources, cancellationToken) => SchemaReader.ReadAll(sources, cancellationToken))
            .WithTrackingName(TrackingNames.Schema);
}
