using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// What the rules across entries need of one entry, and nothing more, so that an edit elsewhere in the file
/// leaves these facts (and every other entry's checks) untouched.
/// </summary>
/// <param name="CollectionType">The entry's record type, fully qualified.</param>
/// <param name="Folder">The entry's collection folder, for messages.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="Path">The entry's file, where a rule about the entry as a whole is reported.</param>
/// <param name="EntryDate">The <c>[EntryDate]</c> value, unless absent, invalid or exempt.</param>
/// <param name="PublishedOn">The <c>[PublishedOn]</c> value, unless absent or invalid.</param>
/// <param name="MustBeReferenced">Whether the entry's collection is <c>[MustBeReferenced]</c>.</param>
/// <param name="DatedReferences">References to entries of collections that have a publication date; empty without an entry date.</param>
/// <param name="UsedKeys">The entries of <c>[MustBeReferenced]</c> collections this entry refers to (never itself), sorted, each once.</param>
/// <param name="Links">The <c>[Acyclic]</c> references, whose chains must not loop.</param>
internal sealed record RuleFacts(
    string CollectionType,
    string Folder,
    string Id,
    string Path,
    DayOf? EntryDate,
    DayOf? PublishedOn,
    bool MustBeReferenced,
    EquatableArray<ReferenceUse> DatedReferences,
    EquatableArray<EntryKey> UsedKeys,
    EquatableArray<ReferenceUse> Links)
{
    public EntryKey Key => new(CollectionType, Id);
}

/// <summary>A date as rules need it: its day number, to compare, and its <c>yyyy-MM-dd</c> text, for messages.</summary>
internal sealed record DayOf(int Number, string Iso);
