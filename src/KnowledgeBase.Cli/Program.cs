using KnowledgeBase.Cli;

// A kb command is over in well under a second, and what it allocates (every record it decodes, every outline) lives
// until it exits, so collections only copy live data. Up to this budget no GC runs; past it (kb check, a search of
// tens of thousands of entries) the GC works as usual. At 40,000 entries kb stats takes 683 ms with it and 994 ms
// without, at 238 MB peak instead of 179 MB; on the real content both are unchanged (README Performance, "kb at scale").
// A runtime that cannot set that much aside (the documented case is a budget past its ephemeral segment) says so by
// throwing; kb then runs with the GC as usual (a 64 MB heap limit, tried, just runs).
const long NoCollectionBudget = 240_000_000;
try
{
    System.GC.TryStartNoGCRegion(NoCollectionBudget);
}
catch (System.ArgumentOutOfRangeException)
{
}

// `kb`: everything lives in KbApp so tests can run it in process with their own writers.
return KbApp.Run(args, KbConsole.FromProcess());
