using KnowledgeBase.Catalog;
using KnowledgeBase.Cli.Output;

namespace KnowledgeBase.Cli;

/// <summary>What every command needs: the console to write to, its styling, and the catalog to read.</summary>
/// <param name="Console">Where output goes.</param>
/// <param name="Catalog">The knowledge base.</param>
internal sealed record KbContext(KbConsole Console, KnowledgeCatalog Catalog)
{
    /// <summary>ANSI styling, switched off when colour is not allowed.</summary>
    public Style Style { get; } = new(Console.UseColor);
}
