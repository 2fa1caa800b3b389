using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// The long text of one generated file's entries, kept as one block of UTF-8 data that each value slices. Every
/// <c>"..."u8</c> literal becomes a field of the assembly's <c>&lt;PrivateImplementationDetails&gt;</c> type, and
/// the runtime refuses to load a type with more than 65,535 fields ("Internal limitation: too many fields"): one
/// literal per value broke every entry of a 100,000-entry knowledge base at run time (about 280,000 literals).
/// One block per shared file keeps that to a few hundred. Identical texts in a file share their bytes. A file of
/// one entry (up to <see cref="EntryFiles.SeparateFilesUpTo"/> entries, far below the limit) keeps each text as
/// its own literal (<see cref="Inline"/>), readable where go-to-definition lands.
/// </summary>
internal sealed class Utf8Pool
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StringBuilder text = new();
    private readonly Dictionary<string, string> slices = new(System.StringComparer.Ordinal);
    private int bytes;

    /// <param name="member">A name unique within the record for the block's member, or null to keep each text a literal of its own.</param>
    private Utf8Pool(string? member) => Member = member is null ? null : "__kb_Utf8_" + member;

    /// <summary>Each text its own <c>"..."u8</c> literal: for a file of one entry.</summary>
    public static Utf8Pool Inline { get; } = new(null);

    /// <summary>The member holding the block: <c>__kb_Utf8_</c> and a name unique within the record; null when inline.</summary>
    public string? Member { get; }

    /// <summary>One block of data for a file of many entries, in the member <c>__kb_Utf8_</c><paramref name="name"/>.</summary>
    public static Utf8Pool Shared(string name) => new(name);

    /// <summary>
    /// The expression that decodes <paramref name="literal"/> (a C# string literal from <see cref="Text.Literal"/>
    /// that <see cref="Utf8Literals.Applies"/> to) from this file's block.
    /// </summary>
    public string Slice(string literal)
    {
        if (Member is null)
        {
            return "global::System.Text.Encoding.UTF8.GetString(" + literal + "u8)";
        }

        if (!slices.TryGetValue(literal, out var expression))
        {
            // The literal's own value, as the compiler reads it: escapes are undone exactly as C# defines them.
            var value = SyntaxFactory.ParseToken(literal).ValueText;
            var length = Utf8.GetByteCount(value);
            expression = "global::System.Text.Encoding.UTF8.GetString(" + Member + ".Slice("
                + bytes.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + "))";
            text.Append(value);
            bytes += length;
            slices.Add(literal, expression);
        }

        return expression;
    }

    /// <summary>Writes the block's declaration into the record, unless the pool is inline or no value used it.</summary>
    public void WriteDeclaration(IndentedWriter writer, string? ns, string typeName)
    {
        if (Member is null || bytes == 0)
        {
            return;
        }

        writer.WriteLine();
        using (EntryEmitter.Namespace(writer, ns))
        {
            writer.WriteLine("partial record " + typeName);
            using (writer.Block())
            {
                writer.WriteLine("/// <summary>The long text of this file's entries as UTF-8 data, which their values slice.</summary>");
                writer.WriteLine("private static global::System.ReadOnlySpan<byte> " + Member + " => " + Text.Literal(text.ToString()) + "u8;");
            }
        }
    }
}
