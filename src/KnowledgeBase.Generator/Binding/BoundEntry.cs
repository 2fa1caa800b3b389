using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Binding;

/// <summary>A reference from one entry to another, checked once every id is known.</summary>
internal sealed record ReferenceUse(string Field, string TargetType, string TargetFolder, string Id, LocationInfo Location);

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
