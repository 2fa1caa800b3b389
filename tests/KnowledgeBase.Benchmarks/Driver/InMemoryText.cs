using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Benchmarks.Driver;

/// <summary>
/// A content file held in memory, handed to the generator as the compiler hands it an AdditionalFiles item.
/// Counts how often its text is read: the generator reads a file's text only when it parses it, so the
/// count proves which files a re-run parsed without step tracking (which is too slow at 10,000 entries).
/// </summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);
    private int reads;

    public override string Path { get; } = path;

    public int Reads => Volatile.Read(ref reads);

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return source;
    }
}
