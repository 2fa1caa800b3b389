using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Emits an entry's member: one documented static property of its collection record, which reads the entry from
/// the collection's data on first use (<c>__KbData.Get</c>). The property's getter is the only method an entry
/// spends on its record; its values are data in its file's block (<see cref="DataWriter"/>), not code.
/// </summary>
internal static class EntryEmitter
{
    /// <summary>The id obsolete entries' warnings carry, so a build can single them out.</summary>
    public const string ObsoleteDiagnosticId = "KB0100";

    /// <summary>Writes the member of <paramref name="placed"/>, whose data is entry <see cref="PlacedEntry.Number"/> of block <paramref name="block"/>.</summary>
    public static void WriteMember(IndentedWriter writer, PlacedEntry placed, int block)
    {
        var entry = placed.Entry;
        WriteDocs(writer, entry);
        if (entry.ObsoleteMessage is not null)
        {
            writer.WriteLine("[global::System.Obsolete(" + Text.Literal(entry.ObsoleteMessage) + ", DiagnosticId = \"" + ObsoleteDiagnosticId + "\")]");
        }

        var value = placed.Number < 0
            ? "throw new global::System.InvalidOperationException(" + Text.Literal($"The entry '{entry.Id}' has content errors (see the KB diagnostics for content/{entry.RelativePath}).") + ")"
            : "__KbData.Get(" + Number(block) + ", " + Number(placed.Number) + ")";
        writer.Write("public static ").Write(entry.CollectionType!).Write(" ").Write(entry.Identifier!).Write(" => ").Write(value).WriteLine(";");
    }

    public static System.IDisposable Namespace(IndentedWriter writer, string? ns)
    {
        if (string.IsNullOrEmpty(ns))
        {
            return new Nothing();
        }

        writer.WriteLine("namespace " + ns);
        return writer.Block();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
