namespace KnowledgeBase.Generator.Common;

/// <summary>
/// An entry's generated code, written by the emitter where the entry is bound: its member up to the value it reads
/// (its docs, <c>[Obsolete]</c> and declaration, indented for its file) and its data, null for an entry without a
/// value (a stub). The driver keeps this between runs instead of the entry's bound value: two texts, where a
/// value is a tree of small objects that each garbage collection of a cold run traced and copied again.
/// </summary>
internal sealed record EntryCode(Utf8Text Member, EntryLiteral? Data);

/// <summary>
/// One entry's data as the body of a C# string literal (escaped), and the number of UTF-8 bytes it compiles to,
/// which places the entries after it in their block.
/// </summary>
internal sealed record EntryLiteral(Utf8Text Body, int Bytes);
