namespace KnowledgeBase.Authoring.Tests.Differential;

/// <summary>
/// A committed entry with one change: what it breaks (or, for <paramref name="Valid"/> ones, what spelling it tries),
/// the file it replaces, its text, and what both the JSON Schema and the build must say about it.
/// </summary>
/// <param name="Rule">The rule under test, in words, with the file: the name a failure is reported under.</param>
/// <param name="Path">The file, relative to content/.</param>
/// <param name="Yaml">The mutated text.</param>
/// <param name="Valid">Whether the change is allowed.</param>
/// <param name="ExpectedId">For an invalid change, the KB diagnostic the build reports, to show the mutation breaks what it says.</param>
internal sealed record Mutation(string Rule, string Path, string Yaml, bool Valid, string? ExpectedId)
{
    public static Mutation Allowed(string rule, string path, string yaml) => new(rule, path, yaml, true, null);

    public static Mutation Refused(string rule, string path, string yaml, string expectedId) => new(rule, path, yaml, false, expectedId);
}
