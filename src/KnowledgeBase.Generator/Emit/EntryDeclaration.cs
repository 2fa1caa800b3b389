using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Where a collection's entry properties are declared, and what follows from it for the code around them, decided
/// in this one place from <see cref="CollectionModel.EntriesBase"/>: the type the entry files extend, how a getter
/// names the <c>__KbData</c> it reads, and how visible <c>__KbData</c> and the files' blocks must be. On the record,
/// all of it is the record's own and private. On the base record (<see cref="Schema.EntriesBase"/> says when), a
/// getter is outside the record: it names the record, <c>__KbData</c> is internal (a nested class of the derived
/// record, which the base cannot see as private), and a block, nested in the base, is private protected, so that the
/// derived record's <c>__KbData</c> reads it.
/// </summary>
internal readonly record struct EntryDeclaration(string Type, string DataOwner, string DataAccessibility, string BlockAccessibility)
{
    public static EntryDeclaration Of(CollectionModel collection) => collection.EntriesBase is { } entriesBase
        ? new(entriesBase.Name, collection.TypeName + ".", "internal", "private protected")
        : new(collection.Name, string.Empty, "private", "private");

    /// <summary>The expression a getter reads entry <paramref name="number"/> of block <paramref name="block"/> with.</summary>
    public string Read(int block, int number) =>
        DataOwner + "__KbData.Get(" + Number(block) + ", " + Number(number) + ")";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
