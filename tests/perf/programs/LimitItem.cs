namespace KnowledgeBase.Limit;

/// <summary>
/// The schema of tests/perf/collection-limit.sh: a record with few members, so that the collection's size, not its
/// schema, is what meets the limit.
/// </summary>
/// <param name="Title">A short text.</param>
/// <param name="Body">A longer text.</param>
[Collection("items")]
public sealed partial record Item(string Title, string Body);
