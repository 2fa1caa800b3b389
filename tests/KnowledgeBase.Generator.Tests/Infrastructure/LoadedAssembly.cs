using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>
/// The generator's output compiled to an assembly and loaded into a collectible context, so tests can read the
/// generated values back. <c>KnowledgeBase.Abstractions</c> resolves from the test's own context, so
/// <see cref="Ref{T}"/> and <see cref="IEntry{TSelf}"/> are the same types on both sides.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    /// <summary>Exceptions thrown by generated code reach the test as themselves, not wrapped by reflection.</summary>
    private const BindingFlags Unwrapped = BindingFlags.DoNotWrapExceptions;

    private readonly AssemblyLoadContext context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        this.context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Emits <paramref name="compilation"/> to memory and loads it; fails the test if it does not emit.</summary>
    public static LoadedAssembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, "The generated code does not emit:\n" + string.Join("\n", emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext("KnowledgeBase.Generator.Tests.Content", isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromStream(image));
    }

    public Type Type(string fullName) =>
        Assembly.GetType(fullName, throwOnError: false) ?? throw new InvalidOperationException($"The compiled content has no type '{fullName}'.");

    /// <summary>
    /// The value of a public static property, such as an entry's member or a collection's <c>All</c>, found as C# finds
    /// <c>Item.FirstItem</c>: on the type or a base (entries are declared on a generated base record).
    /// </summary>
    public object? Static(string typeName, string property) =>
        Property(Type(typeName), property, BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).GetValue(null, Unwrapped, null, null, null);

    /// <summary>Calls a public static method, such as <c>TryGet</c>; <paramref name="arguments"/> receives out values.</summary>
    public object? Call(string typeName, string method, object?[] arguments)
    {
        var info = Type(typeName).GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"'{typeName}' has no public static method '{method}'.");
        return info.Invoke(null, Unwrapped, null, arguments, null);
    }

    /// <summary>The value of a public instance property of <paramref name="target"/>.</summary>
    public static object? Get(object target, string property) =>
        Property(target.GetType(), property, BindingFlags.Public | BindingFlags.Instance).GetValue(target, Unwrapped, null, null, null);

    public void Dispose() => context.Unload();

    private static PropertyInfo Property(Type type, string name, BindingFlags flags) =>
        type.GetProperty(name, flags) ?? throw new InvalidOperationException($"'{type}' has no property '{name}'.");
}
