namespace KnowledgeBase.Generator.Common;

/// <summary>
/// How an entry is named across collections in the generator's look-ups: its collection's type and its id, which
/// binding (rule facts) and the checks across entries (known ids) must spell alike.
/// </summary>
internal static class EntryKey
{
    public static string Of(string collectionType, string id) => collectionType + "\n" + id;
}
