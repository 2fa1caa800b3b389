namespace KnowledgeBase.Cli;

/// <summary>What <c>kb</c> returns to the shell; documented in the README and in <c>kb --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (an empty result is still a success).</summary>
    public const int Ok = 0;

    /// <summary>
    /// The command was understood but could not finish (an output file could not be written, an internal error), or
    /// what it checks failed: <c>kb check</c> found content errors, <c>kb schema --check</c> stale schemas.
    /// </summary>
    public const int Failure = 1;

    /// <summary>Usage error: unknown command or option, bad value, unknown id or collection.</summary>
    public const int Usage = 2;
}
