using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generator.Tests.LiveDiagnostics;

/// <summary>
/// A content file in memory that counts how often its text is read: the generator reads a file only to parse it,
/// so the count shows which files a re-run parsed, without step tracking (which the live driver leaves off).
/// </summary>
internal sealed class CountingText(string path, string text) : AdditionalText
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
