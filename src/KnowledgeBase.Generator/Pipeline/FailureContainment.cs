using System;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Pipeline;

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
        BoundEntry entry;
        try
        {
            entry = EntryBinder.Bind(file, schema, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(Descriptors.GeneratorFailure, file.FileStart, "binding this file", Describe(exception));
            entry = new BoundEntry(
                file.Path, file.RelativePath, file.Id, null, null, null, null, null, null, null, null,
                EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, new[] { failure }.ToEquatableArray());
        }

        // The file's warnings (bidirectional controls) travel with the entry, reported with its other diagnostics.
        return file.Warnings.Count == 0
            ? entry
            : entry with { Diagnostics = entry.Diagnostics.Concat(file.Warnings).ToEquatableArray() };
    }

    /// <summary>
    /// An entry's code (<see cref="EntryEmitter.Code"/>), written where it is bound. A failure leaves the entry without a
    /// member, with KB0044 at its file; every other entry still generates.
    /// </summary>
    public static (BoundEntry Entry, EntryCode? Code) Code(BoundEntry entry, SchemaModel schema)
    {
        try
        {
            return (entry, EntryEmitter.Code(entry, schema));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(Descriptors.GeneratorFailure, entry.FileStart, "generating code for this file", Describe(exception));
            return (entry with { Identifier = null, Value = null, Diagnostics = entry.Diagnostics.Concat([failure]).ToEquatableArray() }, null);
        }
    }

    /// <summary>A file of entries (one, or several sharing a file); a failure here is reported at each of its entries.</summary>
    public static void AddEntryFileSource(SourceProductionContext output, EntryFile file)
    {
        Microsoft.CodeAnalysis.Text.SourceText code;
        try
        {
            code = EntryFileEmitter.Emit(file);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var placed in file.Entries)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.GeneratorFailure, placed.Entry.FileStart.ToLocation(), "generating code for this file", Describe(exception)));
            }

            return;
        }

        output.AddSource(file.HintName, code);
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

    public static void AddMetadataSource(SourceProductionContext output, Schema.SchemaModel schema)
    {
        try
        {
            if (MetadataEmitter.Emit(schema) is { } source)
            {
                output.AddSource(MetadataEmitter.HintName, source);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GeneratorFailure, Location.None, "generating the content metadata", Describe(exception)));
        }
    }

    private static string Describe(Exception exception) => Text.ForMessage(exception.GetType().Name + ": " + exception.Message);
}
