using System;

// Linked as source into the generator too, which reads the roles from the attributes and writes their bits into
// generated metadata: one list of roles and bits on both sides of the compiler boundary. There it is internal and in
// the generator's namespace (its tests see both assemblies), and the attributes its docs name are not types.
#if KNOWLEDGEBASE_GENERATOR
#pragma warning disable CS1574
namespace KnowledgeBase.Generator.Schema;
#else
namespace KnowledgeBase.Metadata;
#endif

/// <summary>What a field means to readers beyond its value, as the schema's convention attributes declare it.</summary>
[Flags]
#if KNOWLEDGEBASE_GENERATOR
internal
#else
public
#endif
enum FieldRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary><see cref="EntryTitleAttribute"/>.</summary>
    Title = 1 << 0,

    /// <summary><see cref="EntrySummaryAttribute"/>.</summary>
    Summary = 1 << 1,

    /// <summary><see cref="CitationsAttribute"/>.</summary>
    Citations = 1 << 2,

    /// <summary><see cref="CitedSourceAttribute"/>.</summary>
    CitedSource = 1 << 3,

    /// <summary><see cref="CitedQuoteAttribute"/>.</summary>
    CitedQuote = 1 << 4,

    /// <summary><see cref="CitedLocatorAttribute"/>.</summary>
    CitedLocator = 1 << 5,

    /// <summary><see cref="StandingAttribute"/>.</summary>
    Standing = 1 << 6,

    /// <summary><see cref="ReplacedByAttribute"/>.</summary>
    ReplacedBy = 1 << 7,

    /// <summary><see cref="StandingReasonAttribute"/>.</summary>
    StandingReason = 1 << 8,

    /// <summary><see cref="EntryDateAttribute"/> or <see cref="PublishedOnAttribute"/>: the day an entry is dated by.</summary>
    Date = 1 << 9,

    /// <summary><see cref="QualifiesReferencesAttribute"/>.</summary>
    QualifiesReferences = 1 << 10,

    /// <summary><see cref="DerivedAttribute"/>: computed, not written in content.</summary>
    Derived = 1 << 11,
}
