using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// A field's roles, how search weighs it (<see cref="Search"/> is a <c>SearchWeight</c> member, -1 for none),
/// where prose shows it, and its doc comment.
/// </summary>
internal sealed record FieldConventions(FieldRoles Roles, int Search, int DisplayOrder, string? Doc)
{
    public static readonly FieldConventions None = new(FieldRoles.None, -1, 0, null);

    public bool Has(FieldRoles role) => (Roles & role) == role;
}

/// <summary>A computed property marked <c>[Derived]</c>: shown by readers, never bound from content.</summary>
internal sealed record DerivedModel(string Name, string Key, FieldType Type, string? DisplayName, string? Doc, bool IsSummary);

/// <summary>An enum a schema uses, with each member's doc comment, for generated metadata.</summary>
internal sealed record EnumModel(string TypeName, string? Doc, EquatableArray<EnumMemberModel> Members);

/// <summary>One enum member and its doc comment.</summary>
internal sealed record EnumMemberModel(string Name, string? Doc);

/// <summary>
/// How readers present a collection: its singular, a short description, its place among the others, its doc
/// comment, and the record's <c>[CitationContext]</c> method (name and the nested record type it takes).
/// </summary>
internal sealed record CollectionPresentation(
    string Singular,
    string Description,
    int Order,
    string? Doc,
    string? CitationContextMethod,
    string? CitationContextPart);
