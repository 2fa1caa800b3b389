using System.Linq;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Model;

/// <summary>A diagnostic to report later, held as equatable values (descriptor id, place, message arguments).</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());
}
