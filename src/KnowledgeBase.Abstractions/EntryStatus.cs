namespace KnowledgeBase;

/// <summary>
/// The standing of an entry. A collection record with a constructor parameter of this type named
/// <c>status</c> gets <see cref="System.ObsoleteAttribute"/> on the members of superseded and retracted entries.
/// </summary>
public enum EntryStatus
{
    /// <summary>The entry is believed correct (the default).</summary>
    Current,

    /// <summary>Sources disagree; the entry keeps every reported version.</summary>
    Disputed,

    /// <summary>Replaced by a newer entry of the same collection, named by <c>supersededBy</c>.</summary>
    Superseded,

    /// <summary>Withdrawn; kept so that history and old references still resolve.</summary>
    Retracted,
}
