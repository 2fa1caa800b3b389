namespace KnowledgeBase.Generator;

/// <summary>Names of the pipeline steps, for caching tests and the driver's timing and step reports.</summary>
public static class TrackingNames
{
    /// <summary>What the schema is read from (options, references, declarations), taken from each compilation.</summary>
    public const string SchemaSources = nameof(SchemaSources);

    /// <summary>Every collection record read into the schema, when its sources changed.</summary>
    public const string Schema = nameof(Schema);

    /// <summary>
    /// One YAML file parsed and bound to its collection (other additional files produce nothing), with what the
    /// steps across entries need of it (its index row, data size, rule facts).
    /// </summary>
    public const string Bind = nameof(Bind);

    /// <summary>What the index needs of every entry, compared element by element before the index is built.</summary>
    public const string IndexEntry = nameof(IndexEntry);

    /// <summary>Every id, with collisions resolved.</summary>
    public const string Index = nameof(Index);

    /// <summary>The set of ids references are checked against.</summary>
    public const string KnownIds = nameof(KnownIds);

    /// <summary>Which generated file each entry goes to, and its place in that file's data.</summary>
    public const string EntryFilePlan = nameof(EntryFilePlan);

    /// <summary>What the content rules across entries need of every entry (dates, links, uses).</summary>
    public const string RuleFacts = nameof(RuleFacts);

    /// <summary>Every entry's rule facts in one compact look-up.</summary>
    public const string RuleIndex = nameof(RuleIndex);

    /// <summary>
    /// Every entry's diagnostics: its own, its references checked against every id, and the rule index's checks
    /// (dates, cycles, unused entries); one output for all entries (see <c>EntryChecks</c>).
    /// </summary>
    public const string CheckEntry = nameof(CheckEntry);

    /// <summary>How much data every entry puts into the assembly.</summary>
    public const string EntryText = nameof(EntryText);

    /// <summary>The assembly's string-literal budget spent in id order, and the entries past it.</summary>
    public const string TextBudget = nameof(TextBudget);

    /// <summary>The files emitted as stubs because the text budget was spent before them.</summary>
    public const string OverBudgetPaths = nameof(OverBudgetPaths);

    /// <summary>The generated files of entries (one per entry, or shared past a size), each compared on its own so an edit re-emits one.</summary>
    public const string EntryFiles = nameof(EntryFiles);

    /// <summary>One collection's generated half.</summary>
    public const string Collections = nameof(Collections);
}
