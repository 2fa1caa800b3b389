using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Emits an entry's member: one documented static property of its collection record, which reads the entry from
/// the collection's data on first use (<c>__KbData.Get</c>). The property's getter is the only method an entry
/// spends on its record; its values are data in its file's block (<see cref="DataWriter"/>), not code. An entry's
/// code is written in two parts: all but the value it reads when the entry is bound (<see cref="Code"/>), that value
/// when its file is (<see cref="WriteMember"/>), since only the file knows the entry's block and place.
/// </summary>
internal static class EntryEmitter
{
    /// <summary>The id obsolete entries' warnings carry, so a build can single them out.</summary>
    public const string ObsoleteDiagnosticId = "KB0100";

    /// <summary>One writer per thread for every entry's member: a writer per entry grows through chunks that are garbage at once.</summary>
    [System.ThreadStatic]
    private static IndentedWriter? reused;

    /// <summary>The code of an entry that gets a member (it has a collection and an identifier); null for one that does not.</summary>
    public static EntryCode? Code(BoundEntry entry, SchemaModel schema)
    {
        if (entry.CollectionType is null || entry.Identifier is null)
        {
            return null;
        }

        var data = entry.Value is { } value
            ? DataWriter.Write(schema.FindByType(entry.CollectionType) ?? throw new System.InvalidOperationException("The entry's collection " + entry.CollectionType + " is not in the schema."), entry.Id, value)
            : null;
        return new EntryCode(Member(entry), data);
    }

    /// <summary>
    /// An entry's member up to the value it reads (its docs, <c>[Obsolete]</c> and declaration, indented for its
    /// file), written when the entry is bound: which block and place the value reads is known only with its file.
    /// </summary>
    private static Utf8Text Member(BoundEntry entry)
    {
        // Nothing writes two members at once on one thread, so the writer is restarted, never handed back.
        var writer = IndentedWriter.Restarted(ref reused, MemberDepth(entry.Namespace), maxCapacity: 1024 * 1024);
        WriteDocs(writer, entry);
        if (entry.ObsoleteMessage is not null)
        {
            writer.WriteLine("[global::System.Obsolete(" + Text.Literal(entry.ObsoleteMessage) + ", DiagnosticId = \"" + ObsoleteDiagnosticId + "\")]");
        }

        writer.Write("public static ").Write(entry.CollectionType!).Write(" ").Write(entry.Identifier!).Write(" => ");
        return writer.ToUtf8();
    }

    /// <summary>
    /// Writes the member of <paramref name="placed"/>, whose data is entry <see cref="PlacedEntry.Number"/> of block
    /// <paramref name="block"/>, read as <paramref name="declaration"/> says for where the member is declared.
    /// </summary>
    public static void WriteMember(IndentedWriter writer, PlacedEntry placed, int block, EntryDeclaration declaration)
    {
        var entry = placed.Entry;
        var value = placed.Number < 0
            ? "throw new global::System.InvalidOperationException(" + Text.Literal($"The entry '{entry.Id}' has content errors (see the KB diagnostics for content/{entry.RelativePath}).") + ")"
            : declaration.Read(block, placed.Number);
        writer.WriteIndented(placed.Code.Member).Write(value).WriteLine(";");
    }

    /// <summary>The depth of an entry's member in its file: inside the record, and the namespace if there is one.</summary>
    public static int MemberDepth(string? ns) => string.IsNullOrEmpty(ns) ? 1 : 2;

    public static System.IDisposable Namespace(IndentedWriter writer, string? ns)
    {
        if (string.IsNullOrEmpty(ns))
        {
            return new Nothing();
        }

        writer.WriteLine("namespace " + ns);
        return writer.Block();
    }

    /// <remarks>Each line is written in parts: a doc comment per entry, its lines joined first would be copied twice.</remarks>
    private static void WriteDocs(IndentedWriter writer, BoundEntry entry)
    {
        writer.Write("/// <summary>").Write(Text.XmlDoc(entry.Title ?? entry.Id)).WriteLine("</summary>");
        writer.WriteLine("/// <remarks>");
        if (entry.Summary is not null)
        {
            writer.Write("/// <para>").Write(Text.XmlDoc(entry.Summary)).WriteLine("</para>");
        }

        if (entry.CitedSources.Count > 0)
        {
            writer.Write("/// <para>Sources: ");
            for (var i = 0; i < entry.CitedSources.Count; i++)
            {
                writer.Write(i == 0 ? "<c>" : ", <c>").Write(Text.XmlDoc(entry.CitedSources[i])).Write("</c>");
            }

            writer.WriteLine(".</para>");
        }

        writer.Write("/// <para>Entry <c>").Write(Text.XmlDoc(entry.Id)).Write("</c>, defined in <c>content/").Write(Text.XmlDoc(entry.RelativePath)).WriteLine("</c>.</para>");
        writer.WriteLine("/// </remarks>");
    }

    private sealed class Nothing : System.IDisposable
    {
        public void Dispose()
        {
        }
    }
}
