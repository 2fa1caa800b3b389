using System;

namespace KnowledgeBase.Testing;

/// <summary>A snapshot differs from, or has no, verified file. The message carries the diff and how to accept.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SnapshotMismatchException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What differs, with a unified diff.</param>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">What differs.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
