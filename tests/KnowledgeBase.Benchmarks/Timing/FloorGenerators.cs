using System.IO;
using KnowledgeBase.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Benchmarks.Timing;

/// <summary>
/// Generators that do a fraction of the real one's work over the same additional texts, so a cold run can be
/// split into what Roslyn costs for N files, what YamlDotNet costs to parse them, and what is left: ours.
/// </summary>
internal static class FloorGenerators
{
    /// <summary>Touches each file's path only: the driver's own cost for one per-file step and one output.</summary>
    internal sealed class PathsOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (text, _) => text.Path), static (_, _) => { });
    }

    /// <summary>Finds the [Collection] records and keeps their names: what the schema step costs before reading them.</summary>
    internal sealed class FindCollectionsOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(Collections(context, static (syntax, _) => syntax.TargetSymbol.Name).Collect(), static (_, _) => { });
    }

    /// <summary>The real generator's schema step alone: it runs again on every compilation (every C# edit).</summary>
    internal sealed class SchemaOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                Collections(context, static (syntax, cancellationToken) => SchemaReader.Read(syntax, cancellationToken))
                    .Collect()
                    .Select(static (collections, cancellationToken) => SchemaReader.Combine(collections, cancellationToken)),
                static (_, _) => { });
    }

    /// <summary>The <c>[Collection]</c> records as the real generator finds them, each transformed by <paramref name="transform"/>.</summary>
    private static IncrementalValuesProvider<T> Collections<T>(IncrementalGeneratorInitializationContext context, System.Func<GeneratorAttributeSyntaxContext, System.Threading.CancellationToken, T> transform) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(
            SchemaReader.CollectionAttributeName,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
            transform);

    /// <summary>Reads each file and runs YamlDotNet's event parser over it, keeping only the event count.</summary>
    internal sealed class YamlEventsOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (text, cancellationToken) => CountEvents(text, cancellationToken)), static (_, _) => { });

        private static int CountEvents(AdditionalText text, System.Threading.CancellationToken cancellationToken)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text.GetText(cancellationToken)!.ToString()));
            var events = 0;
            while (parser.MoveNext())
            {
                events++;
            }

            return events;
        }
    }
}
