namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// FNV-1a over a string's UTF-16 code units: the same on every machine and run, unlike string.GetHashCode. The
/// generated lookup computes the same function at run time (<see cref="CollectionEmitter"/>), so the two must agree.
/// </summary>
internal static class StableHash
{
    public const uint Offset = 2166136261u;

    public const uint Prime = 16777619u;

    public static uint Of(string value)
    {
        var hash = Offset;
        foreach (var character in value)
        {
            hash = unchecked((hash ^ character) * Prime);
        }

        return hash;
    }
}
