using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeBase.Benchmarks.Content;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Benchmarks.Floor;

/// <summary>
/// The floor probe (issue 12): the C# files of a plain project, no generator and no YAML, holding only what the
/// compiler must pay for the typed surface of N entries. Per collection of the synthetic content (same ids, titles,
/// summaries and cited sources as <see cref="SyntheticContent"/>): one documented static property per entry on its
/// real record, its value read from one block of UTF-8 data per collection and built on first use, the entries spread
/// over 64 files; plus the collection's <c>Id</c>, <c>CollectionName</c>, <c>All</c>, <c>TryGet</c> and <c>Get</c>.
/// The project file (schema sources, Abstractions reference) is written by tests/perf/common.sh.
/// </summary>
internal static class ProbeProject
{
    private const int FilesPerCollection = 64;

    /// <summary>Fields stored per entry in the data block: id, title, summary.</summary>
    private const int FieldsPerEntry = 3;

    // Each collection's record and how the probe builds it from its title and summary; the other constructor
    // arguments are defaults, since decoding more fields costs run time, not compile time.
    private static readonly Dictionary<string, (string Type, string Construct)> Collections = new(StringComparer.Ordinal)
    {
        ["sources"] = ("Source", "new global::KnowledgeBase.Source(title, \"\", default, Notes: summary)"),
        ["actors"] = ("Actor", "new global::KnowledgeBase.Actor(title, default, summary)"),
        ["topics"] = ("Topic", "new global::KnowledgeBase.Topic(title, summary)"),
        ["events"] = ("Event", "new global::KnowledgeBase.Event(default, title, summary, [], [])"),
        ["figures"] = ("Figure", "new global::KnowledgeBase.Figure(title, default, default, default, [], Note: summary)"),
        ["claims"] = ("Claim", "new global::KnowledgeBase.Claim(title, new global::KnowledgeBase.Ref<global::KnowledgeBase.Actor>(\"\"), default, [], [])"),
    };

    private static readonly string[] TitleKeys = ["title", "name", "statement"];
    private static readonly string[] SummaryKeys = ["summary", "description", "statement"];

    /// <summary>
    /// <c>probe N DIR [--single FOLDER]</c>: writes the probe's C# files for about N entries into DIR (which must be
    /// empty); with <c>--single</c> over the same content as <c>content N DIR --single FOLDER</c>, all N in one collection.
    /// </summary>
    public static int Run(string[] args)
    {
        var single = args.Length == 5 && args[3] == "--single" ? args[4] : null;
        if ((args.Length != 3 && single is null) || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: probe <entries> <directory> [--single <folder>]");
            return 2;
        }

        var root = Path.GetFullPath(args[2]);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            Console.Error.WriteLine("refusing to write into a non-empty directory: " + root);
            return 2;
        }

        Directory.CreateDirectory(root);
        var entries = SyntheticContent.Create(count, single: single).Files.Select(Read).ToList();
        File.WriteAllText(Path.Combine(root, "Probe.Text.cs"), Decoder);
        var files = 1;
        foreach (var group in entries.GroupBy(entry => entry.Folder, StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
            files += WriteCollection(root, group.Key, sorted);
        }

        Console.WriteLine(entries.Count.ToString(CultureInfo.InvariantCulture) + " entries, " +
            files.ToString(CultureInfo.InvariantCulture) + " files written to " + root);
        return 0;
    }

    private sealed record Entry(string Folder, string Id, string Title, string? Summary, IReadOnlyList<string> Sources, string? Obsolete);

    /// <summary>What an entry's doc comment and value need, read from its synthetic YAML as the generator reads it.</summary>
    private static Entry Read(ContentFile file)
    {
        var folder = file.Path[..file.Path.IndexOf('/', StringComparison.Ordinal)];
        var id = Path.GetFileNameWithoutExtension(file.Path);
        var stream = new YamlStream();
        stream.Load(new StringReader(file.Text));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

        var title = TitleKeys.Select(Scalar).FirstOrDefault(value => value is not null) ?? id;
        var summary = SummaryKeys.Select(Scalar).FirstOrDefault(value => value is not null);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        CollectSources(map, sources);
        var status = Scalar("status");
        var obsolete = status is "superseded" or "retracted"
            ? "This entry is " + status + (Scalar("supersededBy") is { } by ? "; use " + by + " instead." : ".")
            : null;
        return new Entry(folder, id, title, summary, sources.ToList(), obsolete);
    }

    /// <summary>Every citation's <c>source</c>, at any depth (figures cite inside their values).</summary>
    private static void CollectSources(YamlNode node, SortedSet<string> sources)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "source" } && value is YamlScalarNode { Value: { } source })
                    {
                        sources.Add(source);
                    }

                    CollectSources(value, sources);
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    CollectSources(item, sources);
                }

                break;
        }
    }

    /// <summary>One collection: its data and lookup file, then its entries' properties in 64 files.</summary>
    private static int WriteCollection(string root, string folder, List<Entry> entries)
    {
        var (type, construct) = Collections[folder];
        var data = new StringBuilder();
        foreach (var entry in entries)
        {
            foreach (var field in new[] { entry.Id, entry.Title, entry.Summary ?? "" })
            {
                // Length-prefixed: the UTF-8 byte count in decimal, a colon, the bytes.
                data.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
            }
        }

        var full = "global::KnowledgeBase." + type;
        var main = new StringBuilder();
        main.Append(CultureInfo.InvariantCulture, $$"""
            // <auto-generated/>
            // The floor probe: what the compiler must pay for the typed surface of '{{folder}}' ({{entries.Count}} entries).
            #nullable enable

            namespace KnowledgeBase
            {
                partial record {{type}} : global::KnowledgeBase.IEntry<{{full}}>
                {
                    /// <summary>The entry's id: its YAML file name without extension, in lower kebab-case.</summary>
                    public string Id { get; init; } = "";

                    /// <summary>The content folder this collection is read from: <c>{{folder}}</c>.</summary>
                    public static string CollectionName => "{{folder}}";

                    /// <summary>Every entry of the collection ({{entries.Count}}), sorted by id.</summary>
                    public static global::System.Collections.Immutable.ImmutableArray<{{full}}> All => global::KnowledgeBase.Probe.{{type}}Data.All;

                    /// <summary>Finds the entry with the id <paramref name="id"/>.</summary>
                    /// <param name="id">The entry's id.</param>
                    /// <param name="entry">The entry, when found.</param>
                    /// <returns><see langword="true"/> when the collection has an entry with that id.</returns>
                    public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {{full}}? entry)
                    {
                        var index = global::KnowledgeBase.Probe.{{type}}Data.IndexOf(id);
                        entry = index < 0 ? null : global::KnowledgeBase.Probe.{{type}}Data.Get(index);
                        return entry is not null;
                    }

                    /// <summary>The entry with the id <paramref name="id"/>.</summary>
                    /// <param name="id">The entry's id.</param>
                    /// <returns>The entry.</returns>
                    /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No entry has that id.</exception>
                    public static {{full}} Get(string id) => TryGet(id, out var entry)
                        ? entry
                        : throw new global::System.Collections.Generic.KeyNotFoundException("No entry '" + id + "' in the collection {{folder}}.");
                }
            }

            namespace KnowledgeBase.Probe
            {
                internal static class {{type}}Data
                {
                    private static readonly {{full}}?[] Cache = new {{full}}?[{{entries.Count}}];
                    private static global::System.Collections.Immutable.ImmutableArray<{{full}}> all;

                    public static readonly global::KnowledgeBase.Probe.TextBlock Block = new(Data, {{FieldsPerEntry}});

                    private static global::System.ReadOnlySpan<byte> Data => "{{Utf8Literal(data.ToString())}}"u8;

                    public static global::System.Collections.Immutable.ImmutableArray<{{full}}> All
                    {
                        get
                        {
                            if (all.IsDefault)
                            {
                                var items = new {{full}}[{{entries.Count}}];
                                for (var i = 0; i < items.Length; i++)
                                {
                                    items[i] = Get(i);
                                }

                                global::System.Collections.Immutable.ImmutableInterlocked.InterlockedInitialize(ref all, global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));
                            }

                            return all;
                        }
                    }

                    public static int IndexOf(string id) => Block.IndexOf(Data, id);

                    public static {{full}} Get(int index)
                    {
                        var cached = global::System.Threading.Volatile.Read(ref Cache[index]);
                        if (cached is not null)
                        {
                            return cached;
                        }

                        var title = Block.Field(Data, index, 1);
                        var summary = Block.Field(Data, index, 2);
                        var built = {{construct}} { Id = Block.Field(Data, index, 0) };
                        return global::System.Threading.Interlocked.CompareExchange(ref Cache[index], built, null) ?? built;
                    }
                }
            }

            """);
        File.WriteAllText(Path.Combine(root, type + ".Probe.cs"), main.ToString());

        var files = Math.Min(FilesPerCollection, entries.Count);
        for (var f = 0; f < files; f++)
        {
            // Contiguous runs of entries in id order, as many in each file as the division allows.
            var from = entries.Count * f / files;
            var to = entries.Count * (f + 1) / files;
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"// <auto-generated/>\n// The floor probe: entries {from} to {to - 1} of '{folder}'.\n#nullable enable\n\nnamespace KnowledgeBase\n{{\n    partial record {type}\n    {{\n");
            for (var i = from; i < to; i++)
            {
                var entry = entries[i];
                if (i > from)
                {
                    text.Append('\n');
                }

                text.Append("        /// <summary>").Append(XmlDoc(entry.Title)).Append("</summary>\n");
                text.Append("        /// <remarks>\n");
                if (entry.Summary is not null && entry.Summary != entry.Title)
                {
                    text.Append("        /// <para>").Append(XmlDoc(entry.Summary)).Append("</para>\n");
                }

                if (entry.Sources.Count > 0)
                {
                    text.Append("        /// <para>Sources: ").AppendJoin(", ", entry.Sources.Select(source => "<c>" + XmlDoc(source) + "</c>")).Append(".</para>\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"        /// <para>Entry <c>{entry.Id}</c>, defined in <c>content/{folder}/{entry.Id}.yaml</c>.</para>\n");
                text.Append("        /// </remarks>\n");
                if (entry.Obsolete is not null)
                {
                    text.Append("        [global::System.Obsolete(\"").Append(entry.Obsolete).Append("\")]\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"        public static {full} {MemberName(entry.Id)} => global::KnowledgeBase.Probe.{type}Data.Get({i});\n");
            }

            text.Append("    }\n}\n");
            File.WriteAllText(Path.Combine(root, type + ".Probe." + f.ToString("00", CultureInfo.InvariantCulture) + ".cs"), text.ToString());
        }

        return files + 1;
    }

    /// <summary>The decoder every collection shares: length-prefixed fields, their positions found on first use.</summary>
    private const string Decoder = """
        // <auto-generated/>
        // The floor probe's decoder: fields of UTF-8 data, each its byte count in decimal, a colon and the bytes.
        #nullable enable

        namespace KnowledgeBase.Probe
        {
            internal sealed class TextBlock
            {
                private readonly int fieldsPerEntry;
                private readonly int[] starts;
                private readonly int[] lengths;
                private global::System.Collections.Generic.Dictionary<string, int>? ids;

                public TextBlock(global::System.ReadOnlySpan<byte> data, int fieldsPerEntry)
                {
                    this.fieldsPerEntry = fieldsPerEntry;
                    var found = new global::System.Collections.Generic.List<(int Start, int Length)>();
                    for (var at = 0; at < data.Length;)
                    {
                        var colon = at + global::System.MemoryExtensions.IndexOf(data[at..], (byte)':');
                        var length = int.Parse(data[at..colon], global::System.Globalization.CultureInfo.InvariantCulture);
                        found.Add((colon + 1, length));
                        at = colon + 1 + length;
                    }

                    starts = new int[found.Count];
                    lengths = new int[found.Count];
                    for (var i = 0; i < found.Count; i++)
                    {
                        (starts[i], lengths[i]) = found[i];
                    }
                }

                public string Field(global::System.ReadOnlySpan<byte> data, int entry, int field)
                {
                    var index = entry * fieldsPerEntry + field;
                    return global::System.Text.Encoding.UTF8.GetString(data.Slice(starts[index], lengths[index]));
                }

                public int IndexOf(global::System.ReadOnlySpan<byte> data, string id)
                {
                    var map = ids;
                    if (map is null)
                    {
                        map = new global::System.Collections.Generic.Dictionary<string, int>(starts.Length / fieldsPerEntry, global::System.StringComparer.Ordinal);
                        for (var entry = 0; entry * fieldsPerEntry < starts.Length; entry++)
                        {
                            map[Field(data, entry, 0)] = entry;
                        }

                        ids = map;
                    }

                    return map.TryGetValue(id, out var found) ? found : -1;
                }
            }
        }

        """;

    /// <summary>The generator's member name for an id: kebab-case to PascalCase, a leading digit behind an underscore.</summary>
    private static string MemberName(string id)
    {
        var name = string.Concat(id.Split('-').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part[1..]));
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>Doc comment text: XML's three specials escaped, line ends as spaces.</summary>
    private static string XmlDoc(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>The body of a <c>"..."u8</c> literal: printable ASCII as is, everything else as a code point escape.</summary>
    private static string Utf8Literal(string text)
    {
        var literal = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"':
                    literal.Append("\\\"");
                    break;
                case '\\':
                    literal.Append("\\\\");
                    break;
                case >= 0x20 and < 0x7F:
                    literal.Append((char)rune.Value);
                    break;
                default:
                    literal.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
                    break;
            }
        }

        return literal.ToString();
    }
}
