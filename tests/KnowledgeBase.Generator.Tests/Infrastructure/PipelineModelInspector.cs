using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Tests.Infrastructure;

/// <summary>
/// Walks the object graph of pipeline step outputs by reflection and lists every Roslyn object it reaches.
/// A model that holds a compilation, symbol, syntax node, location or additional text keeps the whole
/// compilation alive and never compares equal across runs, which silently defeats caching.
/// </summary>
internal static class PipelineModelInspector
{
    private static readonly Assembly[] RoslynAssemblies = [typeof(Compilation).Assembly, typeof(CSharpCompilation).Assembly];

    /// <summary>Every outputs of every step named in <see cref="TrackingNames"/>, with the step's name.</summary>
    public static IEnumerable<(string Step, object Value)> NamedStepOutputs(GeneratorRunResult run) =>
        TrackingNamesInUse().SelectMany(name => run.TrackedSteps.TryGetValue(name, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => (name, output.Value))
            : []);

    /// <summary>The values of every constant in <see cref="TrackingNames"/>, so a new step is covered without editing tests.</summary>
    public static IReadOnlyList<string> TrackingNamesInUse() =>
        [.. typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)];

    /// <summary>Paths (from <paramref name="rootName"/>) to every forbidden object reachable from <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> FindForbidden(object? root, string rootName)
    {
        var problems = new List<string>();
        Walk(root, rootName, new HashSet<object>(ReferenceEqualityComparer.Instance), problems);
        return problems;
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (IsForbidden(type))
        {
            problems.Add(path + " is a " + type.FullName);
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", seen, problems);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen, problems);
            }
        }
    }

    /// <summary>
    /// Anything from Roslyn's own assemblies (compilations, symbols, syntax, locations, additional texts), and
    /// delegates or reflection objects, which have no business in an equatable model either. Generic
    /// arguments count too, so an empty list of locations is caught before it ever holds one.
    /// </summary>
    private static bool IsForbidden(Type type) =>
        RoslynAssemblies.Contains(type.Assembly)
        || typeof(Delegate).IsAssignableFrom(type)
        || typeof(MemberInfo).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsForbidden))
        || (type.IsArray && IsForbidden(type.GetElementType()!));
}
