namespace KnowledgeBase.Testing;

/// <summary>
/// One file of a snapshot. A test with several targets (for example one per generated source) gets the files
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;#&lt;Name&gt;.verified.&lt;Extension&gt;</c>, as Verify names them.
/// </summary>
/// <param name="Name">The target's name within the test, for example a generated file's hint name without <c>.cs</c>.</param>
/// <param name="Text">The produced text.</param>
/// <param name="Extension">The file extension without a dot: <c>md</c>, <c>txt</c>, <c>cs</c> or <c>json</c>.</param>
public sealed record SnapshotTarget(string Name, string Text, string Extension);
