namespace KnowledgeBase.Metadata;

/// <summary>The kinds of value a field can hold, as content writes them.</summary>
public enum ValueKind
{
    /// <summary><see cref="string"/>.</summary>
    Text,

    /// <summary><see cref="bool"/>.</summary>
    Bool,

    /// <summary><see cref="int"/> or <see cref="long"/>.</summary>
    WholeNumber,

    /// <summary><see cref="decimal"/>: exact, with its scale.</summary>
    ExactNumber,

    /// <summary><see cref="double"/>: binary floating point.</summary>
    FloatingNumber,

    /// <summary><see cref="System.DateOnly"/>.</summary>
    Date,

    /// <summary>An absolute <see cref="System.Uri"/>.</summary>
    Uri,

    /// <summary>An enum member, written in kebab-case.</summary>
    Enum,

    /// <summary>A <see cref="Ref{T}"/> to an entry of another (or the same) collection.</summary>
    Reference,

    /// <summary>A nested record.</summary>
    Record,

    /// <summary>A list of values of one kind.</summary>
    List,
}
