using System.Linq;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generator.Common;

/// <summary>A diagnostic to report later, held as equatable values (descriptor id, place, message arguments).</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>Arguments quote content, so each is made one visible line of bounded length (see <see cref="Text.ForMessage"/>).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.Select(Text.ForMessage).ToEquatableArray());
}
