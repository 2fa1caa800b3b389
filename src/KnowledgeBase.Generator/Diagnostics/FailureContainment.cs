using System;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Model;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Diagnostics;

/// <summary>
/// The last line of defence. An exception that escapes a generator makes the compiler drop all of its output
/// (CS8785), so one file that hits a bug would break every use of every entry. Here a failure while binding
/// or emitting one file becomes a KB0044 error at that file instead, and the rest still generates.
/// Cancellation always passes through.
/// </summary>
internal static class FailureContainment
{
    public static BoundEntry Bind(ParsedFile file, SchemaModel schema, CancellationToken cancellationToken)
    {
        try
        {
            return EntryBinder.Bind(file, schema, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(Descriptors.GeneratorFailure, file.FileStart, "binding this file", Describe(exception));
            return new BoundEntry(
                file.Path, file.RelativePath, file.Id, null, null, null, null, null, null, null, null,
                EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    public static void AddEntrySource(SourceProductionContext output, BoundEntry entry)
    {
        try
        {
            output.AddSource(EntryEmitter.HintName(entry), EntryEmitter.Emit(entry));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GeneratorFailure, entry.FileStart.ToLocation(), "generating code for this file", Describe(exception)));
        }
    }

    /// <summary>A collection has no file of its own, so a failure here is reported without one.</summary>
    public static void AddCollectionSource(SourceProductionContext output, CollectionOutput collection)
    {
        try
        {
            output.AddSource(CollectionEmitter.HintName(collection), CollectionEmitter.Emit(collection));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GeneratorFailure, Location.None, "generating the collection " + Text.ForMessage(collection.Name), Describe(exception)));
        }
    }

    private static string Describe(Exception exception) => Text.ForMessage(exception.GetType().Name + ": " + exception.Message);
}
