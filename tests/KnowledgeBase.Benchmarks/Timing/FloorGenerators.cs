using System.IO;
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
            context.RegisterSourceOutput(
                context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        KnowledgeBase.Generator.Schema.SchemaReader.CollectionAttributeName,
                        static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                        static (syntax, _) => syntax.TargetSymbol.Name)
                    .Collect(),
                static (_, _) => { });
    }

    /// <summary>The real generator's schema step alone: it runs again on every compilation (every C# edit).</summary>
    internal sealed class SchemaOnly : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        KnowledgeBase.Generator.Schema.SchemaReader.CollectionAttributeName,
                        static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                        static (syntax, cancellationToken) => KnowledgeBase.Generator.Schema.SchemaReader.Read(syntax, cancellationToken))
                    .Collect()
                    .Select(static (collections, cancellationToken) => KnowledgeBase.Generator.Schema.SchemaReader.Combine(collections, cancellationToken)),
                static (_, _) => { });
    }

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
