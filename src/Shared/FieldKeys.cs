namespace KnowledgeBase.Shared;

/// <summary>
/// How a constructor parameter is written as a YAML key: <c>SupersededBy</c> is <c>supersededBy</c>. Linked as source
/// into the generator, which binds keys, and the authoring library, whose JSON Schemas and templates list them.
/// </summary>
internal static class FieldKeys
{
    public static string FromParameter(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
