namespace KnowledgeBase.Generator.Common;

/// <summary>
/// How an entry is named across collections in the generator's look-ups: its collection's type and its id, which
/// binding (rule facts) and the checks across entries (known ids) must spell alike.
/// </summary>
internal static class EntryKey
{
    private const char Separator = '\n';

    public static string Of(string collectionType, string id) => collectionType + Separator + id;

    /// <summary>The collection type and id <paramref name="key"/> (from <see cref="Of"/>) was made of.</summary>
    public static (string CollectionType, string Id) Parts(string key)
    {
        var end = key.IndexOf(Separator);
        return (key.Substring(0, end), key.Substring(end + 1));
    }
}
