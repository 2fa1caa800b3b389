namespace KnowledgeBase.Cli.Output;

/// <summary>ANSI colours for terminal output; every method returns its text unchanged when colour is off.</summary>
/// <param name="Enabled">Whether to emit escape codes.</param>
internal sealed record Style(bool Enabled)
{
    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    /// <summary>Ids and keys, so they stand out as things to type next.</summary>
    public string Id(string text) => Wrap("36", text);

    public string Warning(string text) => Wrap("33", text);

    public string Error(string text) => Wrap("31", text);

    /// <summary>An entry status, coloured by how much the reader should care.</summary>
    public string Status(EntryStatus status, string text) => status switch
    {
        EntryStatus.Disputed => Warning(text),
        EntryStatus.Superseded or EntryStatus.Retracted => Error(text),
        _ => text,
    };

    private string Wrap(string code, string text) =>
        Enabled && text.Length > 0 ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
}
