using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Turns a content file's text into a <see cref="YamlNode"/> tree with positions, from YamlDotNet's event
/// parser. It builds the tree itself (no object deserialisation, so no tag can select a .NET type), refuses
/// anchors, aliases and tags outright (nothing is ever expanded, so a "billion laughs" file costs one event),
/// and stops at <see cref="ContentLimits"/>. It never throws, except for cancellation.
/// </summary>
internal sealed class YamlReader
{
    private const string StandardTagPrefix = "tag:yaml.org,2002:";

    private readonly string path;
    private readonly int offset;
    private readonly TextLineCollection lines;
    private readonly List<DiagnosticInfo> diagnostics = [];
    private readonly Stack<Frame> open = new();
    private int nodeCount;
    private YamlNode? root;

    private YamlReader(string path, TextLineCollection lines, int offset)
    {
        this.path = path;
        this.offset = offset;
        this.lines = lines;
    }

    /// <summary>
    /// Reads <paramref name="text"/>; <paramref name="lines"/> are its lines if the caller has them already.
    /// <paramref name="subset"/> false reads every file with YamlDotNet (the tests compare both readers).
    /// </summary>
    public static (YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics) Read(
        string path, string text, CancellationToken cancellationToken, TextLineCollection? lines = null, bool subset = true)
    {
        // YamlDotNet reads a byte order mark left in the text as part of the first key; skip it, and shift
        // every position by it so locations still point into the file as the compiler holds it.
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var reader = new YamlReader(path, lines ?? SourceText.From(text).Lines, offset);
        var body = offset == 0 ? text : text.Substring(offset);
        if (subset && body.Length <= ContentLimits.MaxFileCharacters && reader.ReadSubset(body, cancellationToken) is { } tree)
        {
            return (tree, EquatableArray<DiagnosticInfo>.Empty);
        }

        var root = reader.ReadDocument(body, cancellationToken);
        return (root, reader.diagnostics.ToEquatableArray());
    }

    /// <summary>Whether <see cref="BlockSubsetReader"/> reads <paramref name="text"/> itself; for the tests, which also see it throw.</summary>
    internal static bool SubsetReads(string path, string text) =>
        BlockSubsetReader.Read(text, new YamlReader(path, SourceText.From(text).Lines, 0), CancellationToken.None);

    /// <summary>
    /// The tree <see cref="BlockSubsetReader"/> reads, when the file is within its subset and breaks no limit
    /// and no rule of the tree (a duplicate key); otherwise null, with this reader reset for YamlDotNet.
    /// </summary>
    private YamlNode? ReadSubset(string text, CancellationToken cancellationToken)
    {
        try
        {
            if (BlockSubsetReader.Read(text, this, cancellationToken) && diagnostics.Count == 0 && open.Count == 0 && root is { } tree)
            {
                return tree;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect of the fast path must not become the file's error: YamlDotNet reads it (the tests fail on it).
        }

        diagnostics.Clear();
        open.Clear();
        nodeCount = 0;
        root = null;
        return null;
    }

    private YamlNode? ReadDocument(string text, CancellationToken cancellationToken)
    {
        if (text.Length > ContentLimits.MaxFileCharacters)
        {
            Report(Descriptors.ContentLimit, LocationInfo.StartOfFile(path), Invariant($"the file has {text.Length} characters; the limit is {ContentLimits.MaxFileCharacters}"));
            return null;
        }

        var scanner = new Scanner(new StringReader(text), skipComments: true);
        try
        {
            var parser = new Parser(scanner);
            var documents = 0;
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (parser.Current)
                {
                    case DocumentStart start when ++documents > 1:
                        Report(Descriptors.UnsupportedYaml, Range(start.Start, start.End), "Multiple documents", "one file holds exactly one entry");
                        return null;
                    case Scalar scalar:
                        if (!Accept(scalar.Anchor, scalar.Tag, scalar.Start, scalar.End))
                        {
                            return null;
                        }

                        if (!AddScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, scalar.Start.Index, scalar.End.Index))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequence:
                        if (!Accept(sequence.Anchor, sequence.Tag, sequence.Start, sequence.End) || !Open(YamlNodeKind.Sequence, sequence.Start.Index))
                        {
                            return null;
                        }

                        break;
                    case MappingStart mapping:
                        if (!Accept(mapping.Anchor, mapping.Tag, mapping.Start, mapping.End) || !Open(YamlNodeKind.Mapping, mapping.Start.Index))
                        {
                            return null;
                        }

                        break;
                    case SequenceEnd end:
                        if (!Close(end.End.Index))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd end:
                        if (!Close(end.End.Index))
                        {
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        Report(Descriptors.UnsupportedYaml, Range(alias.Start, alias.End), "Aliases", "write the value out in full");
                        return null;
                }
            }

            return root;
        }
        catch (YamlException exception)
        {
            ReportMalformed(text, exception.Start.Index, Math.Max(exception.End.Index, scanner.CurrentPosition.Index), exception.End.Index, CleanMessage(exception.Message));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // YamlDotNet throws more than YamlException on some inputs (an InvalidOperationException for an
            // unclosed '[' before a mapping line); its message means nothing to an editor, where it stopped does.
            var stoppedAt = scanner.CurrentPosition.Index;
            ReportMalformed(text, stoppedAt, stoppedAt, stoppedAt, null);
            return null;
        }
    }

    /// <summary>
    /// KB0001 at the cause: an unclosed bracket or quote, a tab used as indentation or a YAML 1.1 line separator
    /// found before where YamlDotNet stopped; otherwise at YamlDotNet's own position, which is then the cause.
    /// <paramref name="read"/> is how far its scanner got, <paramref name="stopped"/> where the parser gave up.
    /// </summary>
    private void ReportMalformed(string text, long start, long read, long stopped, string? message)
    {
        int Within(long index) => (int)Math.Max(0, Math.Min(text.Length, index));
        var cause = MalformedYamlCause.Find(text, Within(start), Within(read));
        if (cause is null)
        {
            var at = Math.Min(Within(start), ContentEnd(text));
            Report(Descriptors.MalformedYaml, ToRange(at, Math.Max(at, Within(stopped))).In(path), message ?? "the parser cannot read on from here; look above for an unclosed '[', '{' or quote");
            return;
        }

        var stoppedAt = Within(stopped) >= ContentEnd(text) ? "the end of the file" : Describe(Within(stopped));
        Report(Descriptors.MalformedYaml, ToRange(cause.Index, cause.Index + 1).In(path), cause.Message(Describe(cause.Index), stoppedAt, message));
    }

    /// <summary>"line 1, column 8" for an index into the text YamlDotNet read, as the editor numbers it.</summary>
    private string Describe(int index)
    {
        var position = lines.GetLinePosition(Math.Min(index + offset, lines.Count == 0 ? 0 : lines[lines.Count - 1].EndIncludingLineBreak));
        return Invariant($"line {position.Line + 1}, column {position.Character + 1}");
    }

    /// <summary>Where the file's last line ends, before any final line breaks: no diagnostic starts on the empty line after them.</summary>
    private static int ContentEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && MalformedYamlCause.IsBreak(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private bool Accept(AnchorName anchor, TagName tag, Mark start, Mark end)
    {
        if (!anchor.IsEmpty)
        {
            Report(Descriptors.UnsupportedYaml, Range(start, end), "Anchors", "write the value out in full");
            return false;
        }

        // Every tag is refused, the non-specific '!' too: a field's type alone decides how a value is read.
        if (!tag.IsEmpty)
        {
            Report(Descriptors.UnsupportedYaml, Range(start, end), "Tags", "remove '" + ShortTag(tag.Value) + "'; a field's type decides how its value is read");
            return false;
        }

        return true;
    }

    /// <summary>A scalar at these offsets into the text read (both readers call it, so both apply the same limits).</summary>
    internal bool AddScalar(string value, bool isPlain, long start, long end)
    {
        if (value.Length > ContentLimits.MaxScalarCharacters)
        {
            Report(Descriptors.ScalarLimit, ToRange(start, end).In(path), Invariant($"a value has {value.Length} characters; the limit is {ContentLimits.MaxScalarCharacters}"));
            return false;
        }

        return Add(new YamlNode(YamlNodeKind.Scalar, value, isPlain, ToRange(start, end), EquatableArray<YamlNode>.Empty));
    }

    internal bool Open(YamlNodeKind kind, long start)
    {
        if (open.Count >= ContentLimits.MaxDepth)
        {
            Report(Descriptors.NestingLimit, ToRange(start, start).In(path), Invariant($"values are nested more than {ContentLimits.MaxDepth} levels deep"));
            return false;
        }

        open.Push(new Frame(kind, start));
        return true;
    }

    internal bool Close(long end)
    {
        var frame = open.Pop();
        var children = frame.Kind == YamlNodeKind.Mapping ? CheckedPairs(frame.Children) : frame.Children;
        return Add(new YamlNode(frame.Kind, string.Empty, false, ToRange(frame.Start, end), children.ToEquatableArray()));
    }

    /// <summary>Keeps the first of each key, reports the rest, and refuses keys that are not scalars.</summary>
    /// <remarks>Most mappings are a few keys with none dropped: those are compared in place and returned as they are.</remarks>
    private List<YamlNode> CheckedPairs(List<YamlNode> pairs)
    {
        List<YamlNode>? kept = null;
        var seen = pairs.Count > 32 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            var key = pairs[i];
            if (key.Kind != YamlNodeKind.Scalar)
            {
                Report(Descriptors.UnsupportedYaml, key.Range.In(path), "Complex keys", "a field name is a plain word");
                kept ??= pairs.GetRange(0, i);
                continue;
            }

            if (seen is null ? IsEarlierKey(pairs, i) : !seen.Add(key.Value))
            {
                Report(Descriptors.DuplicateKey, key.Range.In(path), key.Value);
                kept ??= pairs.GetRange(0, i);
                continue;
            }

            kept?.Add(key);
            kept?.Add(pairs[i + 1]);
        }

        if (pairs.Count % 2 == 1)
        {
            kept ??= pairs.GetRange(0, pairs.Count - 1);
        }

        return kept ?? pairs;
    }

    /// <summary>Whether a scalar key before the one at <paramref name="index"/> is the same text (the first of them was kept).</summary>
    private static bool IsEarlierKey(List<YamlNode> pairs, int index)
    {
        for (var i = 0; i < index; i += 2)
        {
            if (pairs[i].Kind == YamlNodeKind.Scalar && string.Equals(pairs[i].Value, pairs[index].Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool Add(YamlNode node)
    {
        if (++nodeCount > ContentLimits.MaxNodes)
        {
            Report(Descriptors.NodeLimit, node.Range.In(path), Invariant($"the file has more than {ContentLimits.MaxNodes} values"));
            return false;
        }

        if (open.Count > 0)
        {
            open.Peek().Children.Add(node);
        }
        else
        {
            root = node;
        }

        return true;
    }

    private LocationInfo Range(Mark start, Mark end) => ToRange(start, end).In(path);

    /// <summary>
    /// A range in the file as the compiler holds it. Only YamlDotNet's character offsets are used: lines and
    /// columns come from Roslyn's own line breaking, so they agree with the editor (YamlDotNet puts the end of
    /// the stream on a line past the last one), and a skipped byte order mark shifts every offset by one.
    /// </summary>
    private TextRange ToRange(Mark start, Mark end) => ToRange(start.Index, end.Index);

    private TextRange ToRange(long start, long end)
    {
        var length = lines.Count == 0 ? 0 : lines[lines.Count - 1].EndIncludingLineBreak;
        int Clamp(long index) => (int)Math.Max(0, Math.Min(length, index + offset));
        var from = Clamp(start);
        var to = Math.Max(from, Clamp(end));
        var first = lines.GetLinePosition(from);
        var last = lines.GetLinePosition(to);
        return new TextRange(from, to, first.Line, first.Character, last.Line, last.Character);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>YamlDotNet prefixes messages with its own positions; the diagnostic carries ours.</summary>
    private static string CleanMessage(string message)
    {
        var text = message.StartsWith("(", StringComparison.Ordinal) && message.IndexOf("): ", StringComparison.Ordinal) is var at and > 0
            ? message.Substring(at + 3)
            : message;
        var words = text.Replace("\r", " ").Replace("\n", " ").Split([' '], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words);
    }

    /// <summary>A tag as the editor wrote it: YamlDotNet expands <c>!!str</c> to <c>tag:yaml.org,2002:str</c>.</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith(StandardTagPrefix, StringComparison.Ordinal) ? "!!" + tag.Substring(StandardTagPrefix.Length) : tag;

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private sealed class Frame(YamlNodeKind kind, long start)
    {
        public YamlNodeKind Kind { get; } = kind;

        public long Start { get; } = start;

        public List<YamlNode> Children { get; } = [];
    }
}
