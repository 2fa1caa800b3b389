using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// Everything the schema read depends on, as plain text: the compilation's options, each reference's identity,
/// and the declarations it can bind to. Equal sources read to an equal schema, so the read runs again only when
/// they change, not on every compilation (every keystroke in the IDE, where the compilation is always new).
/// <para>
/// A tree that declares a record, an enum or an attributed type counts as its whole text: the records, their
/// docs, attributes, locations and everything they are read from live there. From any other tree count only
/// the declarations the schema's names can reach (<see cref="TreeShape"/>): a type whose name the schema trees
/// use, or that such a type uses in turn, without its members' bodies; namespaces by name; global usings. A new
/// class, or an edit to a method body, elsewhere changes nothing the schema binds to, while a class that hides
/// a field's type or a constant a default names does.
/// </para>
/// <para>
/// The compilation itself is handed on once, to the read, and then let go, so the sources of an unchanged schema
/// keep no compilation alive between edits.
/// </para>
/// </summary>
internal sealed class SchemaSources : IEquatable<SchemaSources>
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeShape> Shapes = new();
    private static readonly ConditionalWeakTable<MetadataReference, string> ReferenceParts = new();
    private static readonly ConditionalWeakTable<CompilationOptions, string> OptionsParts = new();

    private static long referencesSeen;

    private Compilation? compilation;

    private SchemaSources(Compilation compilation, EquatableArray<string> parts)
    {
        this.compilation = compilation;
        Parts = parts;
    }

    /// <summary>One line per input: the options, each reference, each whole tree, then the other trees' reachable declarations, namespaces and global usings.</summary>
    public EquatableArray<string> Parts { get; }

    /// <summary>What <paramref name="compilation"/>'s schema depends on; trees and references seen before cost a look-up.</summary>
    public static SchemaSources Of(Compilation compilation, CancellationToken cancellationToken) =>
        new(compilation, PartsOf(compilation, cancellationToken));

    /// <summary>The parts alone, for a caller that needs no read afterwards (the live analyzer's check for a changed schema).</summary>
    public static EquatableArray<string> PartsOf(Compilation compilation, CancellationToken cancellationToken)
    {
        var parts = new List<string> { OptionsPart(compilation) };
        foreach (var reference in compilation.References)
        {
            parts.Add(ReferenceParts.GetValue(reference, ReferencePart));
        }

        var shapes = new List<TreeShape>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shapes.Add(Shapes.TryGetValue(tree, out var shape) ? shape : Shapes.GetValue(tree, each => TreeShape.Of(each, cancellationToken)));
        }

        parts.AddRange(shapes.Where(shape => shape.Whole is not null).Select(shape => shape.Whole!));
        parts.AddRange(Reachable(shapes));
        return parts.ToEquatableArray();
    }

    /// <summary>
    /// The declarations of the other trees that the schema trees' names reach, directly or through a reached
    /// declaration's own names (a constant naming another class), then the namespaces by those names and every
    /// global using, which change what any file sees.
    /// </summary>
    private static List<string> Reachable(List<TreeShape> shapes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes.Where(shape => shape.Whole is not null))
        {
            names.UnionWith(shape.Names);
        }

        var declarations = shapes.Where(shape => shape.Whole is null).SelectMany(shape => shape.Declarations).ToList();
        var reached = new bool[declarations.Count];
        for (var grew = true; grew;)
        {
            grew = false;
            for (var index = 0; index < declarations.Count; index++)
            {
                if (!reached[index] && names.Contains(declarations[index].Name))
                {
                    reached[index] = true;
                    names.UnionWith(declarations[index].Names);
                    grew = true;
                }
            }
        }

        var parts = new List<string>();
        for (var index = 0; index < declarations.Count; index++)
        {
            if (reached[index])
            {
                parts.Add("declaration|" + declarations[index].Text);
            }
        }

        parts.Add("namespaces|" + string.Join(" ", shapes.SelectMany(shape => shape.Namespaces)
            .Where(name => names.Contains(name.Substring(name.LastIndexOf('.') + 1)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)));
        parts.Add("global-usings|" + string.Join(" ", shapes.SelectMany(shape => shape.GlobalUsings)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)));
        return parts;
    }

    /// <summary>The compilation these sources were taken from, for the one read that needs it; later calls fail.</summary>
    public Compilation TakeCompilation() =>
        Interlocked.Exchange(ref compilation, null)
        ?? throw new InvalidOperationException("The schema sources' compilation was read once already.");

    public bool Equals(SchemaSources? other) => other is not null && Parts.Equals(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as SchemaSources);

    public override int GetHashCode() => Parts.GetHashCode();

    /// <summary>
    /// The options that change how symbols read (nullable annotations, which metadata members are visible, the
    /// assembly's identity for internals and accessibility) and how diagnostics are filtered (warning level, errors,
    /// per-id options), each named: the options' own hash is no use, csc's file resolvers throw from GetHashCode.
    /// An options object is immutable and the same between edits, so its part is worked out once.
    /// </summary>
    private static string OptionsPart(Compilation compilation) =>
        "options|" + compilation.Language + "|" + (compilation.AssemblyName ?? string.Empty) + "|" + OptionsParts.GetValue(compilation.Options, Named);

    private static string Named(CompilationOptions options)
    {
        var specific = string.Join(
            ",",
            options.SpecificDiagnosticOptions
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key + "=" + pair.Value.ToString()));
        return string.Join(
            "|",
            options.OutputKind.ToString(),
            options.NullableContextOptions.ToString(),
            options.MetadataImportOptions.ToString(),
            options.GeneralDiagnosticOption.ToString(),
            options.WarningLevel.ToString(CultureInfo.InvariantCulture),
            options.ReportSuppressedDiagnostics ? "suppressed" : "unsuppressed",
            specific);
    }

    /// <summary>
    /// A reference counts by its path, aliases and the module version ids of its metadata, which change with its
    /// content, so a host that makes a new reference object for the same file changes nothing. Where the metadata
    /// cannot be read, the object itself (numbered on first sight) stands in: a reference object is immutable.
    /// </summary>
    private static string ReferencePart(MetadataReference reference) =>
        "reference|" + reference.Display + "|" + string.Join(",", reference.Properties.Aliases) + "|" + reference.Properties.EmbedInteropTypes + "|" + VersionId(reference);

    private static string VersionId(MetadataReference reference)
    {
        try
        {
            if (reference is PortableExecutableReference portable)
            {
                switch (portable.GetMetadata())
                {
                    case AssemblyMetadata assembly:
                        return string.Join(",", assembly.GetModules().Select(module => module.GetModuleVersionId().ToString("N")));
                    case ModuleMetadata module:
                        return module.GetModuleVersionId().ToString("N");
                }
            }
        }
#pragma warning disable CA1031 // Any failure to read falls back to the object's identity, which is as exact, only less often equal.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return "object:" + Interlocked.Increment(ref referencesSeen).ToString(CultureInfo.InvariantCulture);
    }
}
