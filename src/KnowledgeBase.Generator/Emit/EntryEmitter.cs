using System.Linq;
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
        writer.WriteLine("public static " + entry.CollectionType + " " + entry.Identifier + " => " + value + ";");
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

    private static void WriteDocs(IndentedWriter writer, BoundEntry entry)
    {
        writer.WriteLine("/// <summary>" + Text.XmlDoc(entry.Title ?? entry.Id) + "</summary>");
        writer.WriteLine("/// <remarks>");
        if (entry.Summary is not null)
        {
            writer.WriteLine("/// <para>" + Text.XmlDoc(entry.Summary) + "</para>");
        }

        if (entry.CitedSources.Count > 0)
        {
            writer.WriteLine("/// <para>Sources: " + string.Join(", ", entry.CitedSources.Select(source => "<c>" + Text.XmlDoc(source) + "</c>")) + ".</para>");
        }

        writer.WriteLine("/// <para>Entry <c>" + Text.XmlDoc(entry.Id) + "</c>, defined in <c>content/" + Text.XmlDoc(entry.RelativePath) + "</c>.</para>");
        writer.WriteLine("/// </remarks>");
    }

    private sealed class Nothing : System.IDisposable
    {
        public void Dispose()
        {
        }
    }
}
