using System;
using System.Text;
using System.Threading;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>
/// Reads the block subset of YAML that content is written in straight from the text: block mappings with
/// plain keys, block lists (indented or not, items that are values or mappings), one-line plain, single- and
/// double-quoted scalars, and folded or literal blocks (<c>&gt;</c>, <c>&gt;-</c>, <c>|</c>, <c>|-</c>) whose
/// lines share one indentation. It hands <see cref="YamlReader"/> the same nodes at the same offsets as
/// YamlDotNet's parser does, so both build the same tree. It declines (returns false) at anything else: flow
/// collections, multi-line plain or quoted scalars, anchors, aliases, tags, comments beside blocks, empty
/// values, tabs, carriage returns, line separators, control characters, a last line without a line break. A
/// declined file is read again by YamlDotNet, which also explains every error: this reader never decides
/// what a file means when it is unsure, and never reports anything.
/// </summary>
/// <remarks>
/// Why: YamlDotNet's scanner and parser allocate about 17 KB an entry and were most of a cold run's parse.
/// A byte order mark is skipped before either reader sees the text. The tests compare both readers on the
/// real content, the adversarial corpus and generated files.
/// </remarks>
internal sealed class BlockSubsetReader
{
    /// <summary>
    /// Field names repeat in every file, and every tree is kept: one string per name, not one per file (as
    /// YamlDotNet's interning of keys did). A slot another thread overwrites only costs a string.
    /// </summary>
    private static readonly string?[] KnownKeys = new string?[1024];

    private readonly string text;
    private readonly YamlReader tree;
    private readonly CancellationToken cancellationToken;
    /// <summary>The value of the quoted or block scalar being read (one at a time), one builder per thread for every file.</summary>
    [ThreadStatic]
    private static StringBuilder? reusedScratch;

    private readonly StringBuilder scratch = KnowledgeBase.Generator.Common.Scratch.Builder(ref reusedScratch, maxCapacity: 64 * 1024);

    /// <summary>The start of the line read next.</summary>
    private int line;

    private BlockSubsetReader(string text, YamlReader tree, CancellationToken cancellationToken)
    {
        this.text = text;
        this.tree = tree;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Hands the file's nodes to <paramref name="tree"/>; false when the file is outside the subset.</summary>
    public static bool Read(string text, YamlReader tree, CancellationToken cancellationToken)
    {
        if (!HasOnlySubsetCharacters(text))
        {
            return false;
        }

        var reader = new BlockSubsetReader(text, tree, cancellationToken);
        return reader.NextContent(out var indent, out var start) && indent == 0 && reader.IsKeyAt(start)
            && reader.Mapping(0, start) && reader.line == text.Length;
    }

    /// <summary>
    /// Line feeds, printable characters and paired surrogates only, ending in a line feed: no tab, carriage
    /// return, byte order mark, control or non-character, nor the line separators YAML 1.1 also breaks at.
    /// </summary>
    private static bool HasOnlySubsetCharacters(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] != '\n')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' or '\n')
            {
                continue;
            }

            if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A block mapping whose keys stand at column <paramref name="indent"/>, the first at <paramref name="start"/>
    /// (on the line <see cref="line"/> points to). Ends, like YamlDotNet's, where the next less indented node starts.
    /// </summary>
    private bool Mapping(int indent, int start)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!tree.Open(YamlNodeKind.Mapping, start))
        {
            return false;
        }

        var at = start;
        while (true)
        {
            if (!Key(at, out var afterColon))
            {
                return false;
            }

            var valueStart = SkipSpaces(afterColon);
            if (text[valueStart] == '\n')
            {
                // The value is a block on the lines below: a mapping or a list, or a list at the key's own column.
                line = valueStart + 1;
                if (!NextContent(out var childIndent, out var childStart))
                {
                    return false;
                }

                var isItem = IsItemAt(childStart);
                var read = childIndent > indent
                    ? isItem ? Sequence(childIndent, childStart, indentless: false) : IsKeyAt(childStart) && Mapping(childIndent, childStart)
                    : childIndent == indent && isItem && Sequence(childIndent, childStart, indentless: true);
                if (!read)
                {
                    return false;
                }
            }
            else if (!InlineValue(valueStart, indent))
            {
                return false;
            }

            if (!NextContent(out var nextIndent, out var next))
            {
                return tree.Close(text.Length);
            }

            if (nextIndent < indent)
            {
                return tree.Close(next);
            }

            if (nextIndent > indent || !IsKeyAt(next))
            {
                return false;
            }

            at = next;
        }
    }

    /// <summary>
    /// A block list whose dashes stand at column <paramref name="indent"/>. An indentless list (at its key's
    /// column) ends at the next key of that mapping; an indented one only at a less indented line.
    /// </summary>
    private bool Sequence(int indent, int start, bool indentless)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!tree.Open(YamlNodeKind.Sequence, start))
        {
            return false;
        }

        var dash = start;
        while (true)
        {
            // "- " then a value on the same line: a mapping whose first key is there (its keys at that column), or a scalar.
            var itemStart = SkipSpaces(dash + 1);
            if (text[itemStart] == '\n')
            {
                return false;
            }

            var read = IsKeyAt(itemStart)
                ? Mapping(indent + (itemStart - dash), itemStart)
                : InlineValue(itemStart, indent);
            if (!read)
            {
                return false;
            }

            if (!NextContent(out var nextIndent, out var next))
            {
                return tree.Close(text.Length);
            }

            if (nextIndent == indent && IsItemAt(next))
            {
                dash = next;
                continue;
            }

            if (nextIndent < indent || (indentless && nextIndent == indent))
            {
                return tree.Close(next);
            }

            return false;
        }
    }

    /// <summary>
    /// A scalar that starts on its key's or dash's line at <paramref name="start"/>, where the enclosing node
    /// is indented <paramref name="indent"/> columns. Leaves <see cref="line"/> at the line after it.
    /// </summary>
    private bool InlineValue(int start, int indent)
    {
        var read = text[start] switch
        {
            '"' or '\'' => Quoted(start),
            '>' or '|' => Block(start, indent),
            _ => Plain(start),
        };

        // A more indented line right after a one-line scalar would continue it (or be an error): declined.
        return read && (text[start] is '>' or '|' || !NextLineIsIndentedBeyond(indent));
    }

    private bool Plain(int start)
    {
        // Indicators YAML reads at a value's start (flow, anchor, alias, tag, block, directive, reserved);
        // a '-' before a non-space is a plain start (a negative number).
        if (text[start] is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`'
            || (text[start] == '-' && text[start + 1] is ' ' or '\n'))
        {
            return false;
        }

        var end = start;
        var lineEnd = text.IndexOf('\n', start);
        while (end < lineEnd)
        {
            var c = text[end];
            if (c == ':' && text[end + 1] is ' ' or '\n')
            {
                return false;
            }

            if (c == '#' && text[end - 1] == ' ')
            {
                break;
            }

            end++;
        }

        while (text[end - 1] == ' ')
        {
            end--;
        }

        line = lineEnd + 1;
        return tree.AddScalar(text.Substring(start, end - start), isPlain: true, start, end);
    }

    /// <summary>A one-line quoted scalar: <c>''</c> is a quote inside single quotes, the common escapes work inside double quotes.</summary>
    private bool Quoted(int start)
    {
        var quote = text[start];
        scratch.Clear();
        var i = start + 1;
        while (true)
        {
            var c = text[i];
            if (c == '\n')
            {
                return false;
            }

            if (c == quote)
            {
                if (quote == '"' || text[i + 1] != '\'')
                {
                    break;
                }

                i++;
            }
            else if (c == '\\' && quote == '"')
            {
                if (!Escape(ref i))
                {
                    return false;
                }

                continue;
            }

            scratch.Append(c);
            i++;
        }

        return EndOfLineAfter(i + 1) && tree.AddScalar(scratch.ToString(), isPlain: false, start, i + 1);
    }

    /// <summary>The escape at <paramref name="at"/> (a backslash) appended, and <paramref name="at"/> moved past it; false for one left to YamlDotNet.</summary>
    private bool Escape(ref int at)
    {
        var code = text[at + 1];
        switch (code)
        {
            case '\\' or '"':
                scratch.Append(code);
                break;
            case 'n':
                scratch.Append('\n');
                break;
            case 't':
                scratch.Append('\t');
                break;
            case 'u' when TryHex(at + 2, 4, out var unit) && !char.IsSurrogate((char)unit):
                scratch.Append((char)unit);
                at += 4;
                break;
            default:
                return false;
        }

        at += 2;
        return true;
    }

    private bool TryHex(int start, int digits, out int code)
    {
        code = 0;
        for (var i = start; i < start + digits; i++)
        {
            var c = text[i];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            code = (code * 16) + digit;
        }

        return true;
    }

    /// <summary>After a quoted scalar: spaces, then the line's end or a comment. Moves <see cref="line"/> past it.</summary>
    private bool EndOfLineAfter(int end)
    {
        var at = SkipSpaces(end);
        if (text[at] == '#' && at > end)
        {
            at = text.IndexOf('\n', at);
        }

        if (text[at] != '\n')
        {
            return false;
        }

        line = at + 1;
        return true;
    }

    /// <summary>
    /// A folded or literal block (clipped, or stripped with <c>-</c>) whose lines all stand at the first line's
    /// column, beyond <paramref name="indent"/>, with empty lines between them and no comment after them. It
    /// ends, like YamlDotNet's, at the start of the first line after it that is not empty.
    /// </summary>
    private bool Block(int start, int indent)
    {
        var folded = text[start] == '>';
        var strip = text[start + 1] == '-';
        var afterIndicator = start + (strip ? 2 : 1);
        if (text[afterIndicator] != '\n')
        {
            return false;
        }

        line = afterIndicator + 1;
        if (line == text.Length)
        {
            return false;
        }

        var column = Indentation(line);
        if (column <= indent || text[line + column] == '\n')
        {
            return false;
        }

        scratch.Clear();
        var emptyLines = 0;
        var first = true;
        while (line < text.Length)
        {
            var spaces = Indentation(line);
            var lineEnd = text.IndexOf('\n', line);
            if (line + spaces == lineEnd)
            {
                // Only an empty line belongs to the block whatever its indentation; one of spaces alone is declined.
                if (spaces > 0)
                {
                    return false;
                }

                emptyLines++;
                line = lineEnd + 1;
                continue;
            }

            if (spaces < column)
            {
                // The block ends; a comment or a line indented into the block's parent is declined.
                if (spaces > indent || text[line + spaces] == '#')
                {
                    return false;
                }

                break;
            }

            if (spaces > column && folded)
            {
                return false;
            }

            if (!first)
            {
                if (folded)
                {
                    scratch.Append(emptyLines == 0 ? " " : new string('\n', emptyLines));
                }
                else
                {
                    scratch.Append('\n', emptyLines + 1);
                }
            }

            scratch.Append(text, line + column, lineEnd - line - column);
            first = false;
            emptyLines = 0;
            line = lineEnd + 1;
        }

        if (!strip)
        {
            scratch.Append('\n');
        }

        return tree.AddScalar(scratch.ToString(), isPlain: false, start, line);
    }

    /// <summary>
    /// Skips empty lines and whole-line comments from <see cref="line"/>; the next line's indentation and
    /// where its content starts. False at the end of the text.
    /// </summary>
    private bool NextContent(out int indent, out int start)
    {
        while (line < text.Length)
        {
            indent = Indentation(line);
            start = line + indent;
            if (text[start] != '\n' && text[start] != '#')
            {
                return true;
            }

            line = text.IndexOf('\n', start) + 1;
        }

        indent = 0;
        start = text.Length;
        return false;
    }

    /// <summary>Whether the next line that is not empty (a comment counts) is indented beyond <paramref name="indent"/>.</summary>
    private bool NextLineIsIndentedBeyond(int indent)
    {
        for (var at = line; at < text.Length;)
        {
            var spaces = Indentation(at);
            if (text[at + spaces] != '\n')
            {
                return spaces > indent;
            }

            at += spaces + 1;
        }

        return false;
    }

    /// <summary>A plain key at <paramref name="start"/>: a letter, digit or underscore, then those or '-' or '.', then ": " or ":" at the line's end.</summary>
    private bool IsKeyAt(int start) => KeyEnd(start) > start;

    private int KeyEnd(int start)
    {
        if (!IsKeyStart(text[start]))
        {
            return -1;
        }

        var end = start + 1;
        while (end < text.Length && (IsKeyStart(text[end]) || text[end] is '-' or '.'))
        {
            end++;
        }

        return end - start <= 1000 && end + 1 < text.Length && text[end] == ':' && text[end + 1] is ' ' or '\n' ? end : -1;
    }

    private static bool IsKeyStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    private bool Key(int start, out int afterColon)
    {
        var end = KeyEnd(start);
        afterColon = end + 1;
        return end > start && tree.AddScalar(KeyText(start, end - start), isPlain: true, start, end);
    }

    private string KeyText(int start, int length)
    {
        var hash = length;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash * 31) + text[i]);
        }

        var slot = (hash & int.MaxValue) % KnownKeys.Length;
        var known = KnownKeys[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
        {
            return known;
        }

        var key = text.Substring(start, length);
        KnownKeys[slot] = key;
        return key;
    }

    private bool IsItemAt(int start) => text[start] == '-' && text[start + 1] is ' ' or '\n';

    private int SkipSpaces(int at)
    {
        while (text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private int Indentation(int lineStart) => SkipSpaces(lineStart) - lineStart;
}
