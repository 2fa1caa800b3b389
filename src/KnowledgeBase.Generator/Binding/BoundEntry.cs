using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Yaml;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// A reference from one entry to another, checked once every id is known. A value with its place inline, not an
/// object with another for its place: the driver keeps every entry's references between runs, and those objects
/// were much of what each garbage collection of a cold run copied.
/// </summary>
internal readonly record struct ReferenceUse(string Field, string TargetType, string TargetFolder, string Id, string Path, TextRange Range)
{
    /// <summary>Where the reference is written, made only when a diagnostic is reported there.</summary>
    public LocationInfo Location => Range.In(Path);
}

/// <summary>
/// One content file bound to its collection. <see cref="Value"/> is null when the entry cannot be built
/// (its member is then emitted as a stub, so C# that uses it still compiles while the KB error stands);
/// <see cref="Identifier"/> is null when no member can be emitted at all. <see cref="Facts"/> is what the
/// content rules across entries need of it; <see cref="EntryLimit"/> the most entries its collection can hold.
/// </summary>
internal sealed record BoundEntry(
    string Path,
    string RelativePath,
    string Id,
    string? CollectionType,
    string? Namespace,
    string? TypeName,
    string? Identifier,
    RecordValue? Value,
    string? Title,
    string? Summary,
    string? ObsoleteMessage,
    EquatableArray<string> CitedSources,
    EquatableArray<ReferenceUse> References,
    EquatableArray<DiagnosticInfo> Diagnostics,
    Binding.RuleFacts? Facts = null,
    int EntryLimit = 0)
{
    public bool IsValid => Value is not null;

    public LocationInfo FileStart => LocationInfo.StartOfFile(Path);
}
