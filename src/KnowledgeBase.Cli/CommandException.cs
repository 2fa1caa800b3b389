using System;

namespace KnowledgeBase.Cli;

/// <summary>
/// A failure the user can act on (an unknown id, an unwritable file). <see cref="KbApp"/> prints the message on
/// standard error and exits with <see cref="ExitCode"/>; no stack trace is shown.
/// </summary>
internal sealed class CommandException : Exception
{
    public CommandException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CommandException()
        : this(ExitCodes.Failure, "The command failed.")
    {
    }

    public CommandException(string message)
        : this(ExitCodes.Failure, message)
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.Failure;

    /// <summary>The process exit code to return.</summary>
    public int ExitCode { get; }

    /// <summary>A usage error (exit code 2).</summary>
    public static CommandException Usage(string message) => new(ExitCodes.Usage, message);
}
