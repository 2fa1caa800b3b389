using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Yaml;

/// <summary>What kind of mistake, earlier in the text than where YamlDotNet stopped, made it stop.</summary>
internal enum CauseKind
{
    /// <summary>A <c>[</c>, <c>{</c> or quote that nothing closes: YamlDotNet notices only at the next line or the end.</summary>
    NeverClosed,

    /// <summary>A line indented with a tab: YamlDotNet reports the start of the mapping that holds it.</summary>
    TabIndentation,

    /// <summary>U+2028 or U+2029, which YamlDotNet (as YAML 1.1) reads as a line end: it reports the line after.</summary>
    LineSeparator,
}

/// <summary>A cause and the index of its character in the text YamlDotNet read.</summary>
internal sealed record MalformedYamlCause(CauseKind Kind, int Index, char Character)
{
    /// <summary>
    /// The cause of an error YamlDotNet raised at <paramref name="errorStart"/> after reading up to
    /// <paramref name="stop"/>, or null when its own position is the cause. One linear pass over the text that
    /// tracks flow brackets and quotes outside comments, quoted text and block scalars; it never throws.
    /// </summary>
    public static MalformedYamlCause? Find(string text, int errorStart, int stop)
    {
        var scan = new Scan(text);
        scan.Run();

        // The innermost opener before the stop that is never closed: a quote swallows everything after it.
        if (scan.OpenQuote >= 0 && scan.OpenQuote < stop)
        {
            return new MalformedYamlCause(CauseKind.NeverClosed, scan.OpenQuote, text[scan.OpenQuote]);
        }

        for (var i = scan.OpenBrackets.Count - 1; i >= 0; i--)
        {
            if (scan.OpenBrackets[i] < stop)
            {
                return new MalformedYamlCause(CauseKind.NeverClosed, scan.OpenBrackets[i], text[scan.OpenBrackets[i]]);
            }
        }

        if (scan.FirstTabIndent >= 0 && scan.FirstTabIndent <= stop)
        {
            return new MalformedYamlCause(CauseKind.TabIndentation, scan.FirstTabIndent, '\t');
        }

        var lineStart = errorStart;
        while (lineStart > 0 && lineStart <= text.Length && !IsBreak(text[lineStart - 1]))
        {
            lineStart--;
        }

        // Only a separator with text after it on the new line: one at the end of the file starts nothing.
        return lineStart > 0 && lineStart < text.Length && !IsBreak(text[lineStart]) && text[lineStart - 1] is '\u2028' or '\u2029'
            ? new MalformedYamlCause(CauseKind.LineSeparator, lineStart - 1, text[lineStart - 1])
            : null;
    }

    /// <summary>
    /// The message: the cause at <paramref name="where"/> ("line 1, column 8"), what was expected before
    /// <paramref name="stoppedAt"/>, and YamlDotNet's own <paramref name="parserMessage"/> where it adds something.
    /// </summary>
    public string Message(string where, string stoppedAt, string? parserMessage)
    {
        var because = parserMessage is null ? string.Empty : " (" + parserMessage.TrimEnd('.') + ")";
        var code = ((int)Character).ToString("X4", CultureInfo.InvariantCulture);
        return Kind switch
        {
            CauseKind.NeverClosed => Opener() + " at " + where + " is never closed: " + Closer() + " is expected before " + stoppedAt + ", where the parser stopped",
            CauseKind.TabIndentation => "a tab at " + where + " indents its line; YAML indents with spaces only" + because,
            _ => "U+" + code + " at " + where + " ends a line for the parser, so the text after it starts a new one" + because
                + "; inside double quotes write it as \\u" + code,
        };
    }

    /// <summary>The line ends YamlDotNet knows, the YAML 1.1 separators among them.</summary>
    public static bool IsBreak(char character) => character is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private string Opener() => Character switch
    {
        '"' => "the double quote",
        '\'' => "the single quote",
        _ => "the '" + Character + "'",
    };

    private string Closer() => Character switch
    {
        '[' => "a ']'",
        '{' => "a '}'",
        '"' => "a closing double quote",
        _ => "a closing single quote",
    };

    /// <summary>The state of one pass over the text; the fields the pass leaves behind are its answer.</summary>
    private sealed class Scan(string text)
    {
        private int depth;
        private char quote;
        private char lastSignificant;
        private int lineIndent;
        private int blockParentIndent = -1;
        private int blockContentIndent = -1;

        /// <summary>Where each flow bracket still open at the end starts, outermost first.</summary>
        public List<int> OpenBrackets { get; } = [];

        /// <summary>Where the quoted scalar still open at the end starts, or -1.</summary>
        public int OpenQuote { get; private set; } = -1;

        /// <summary>The first tab that indents a line with content in block context, or -1.</summary>
        public int FirstTabIndent { get; private set; } = -1;

        public void Run()
        {
            var i = 0;
            while (i < text.Length)
            {
                i = StartLine(i);
                i = ReadLine(i);
                if (i < text.Length)
                {
                    // One line end; CR LF counts once.
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                }
            }
        }

        /// <summary>Measures the line's indentation, skips block scalar content, and returns where reading resumes.</summary>
        private int StartLine(int start)
        {
            if (OpenQuote >= 0)
            {
                return start;
            }

            var i = start;
            var spaces = 0;
            var tab = -1;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                if (text[i] == '\t' && tab < 0)
                {
                    tab = i;
                }
                else if (tab < 0)
                {
                    spaces++;
                }

                i++;
            }

            var blank = i >= text.Length || IsBreak(text[i]);
            if (blockParentIndent >= 0 && !blank)
            {
                // A block scalar's text runs while lines are indented as deep as its first line, which must be deeper than its key's.
                if (blockContentIndent < 0 && spaces > blockParentIndent)
                {
                    blockContentIndent = spaces;
                }

                if (blockContentIndent >= 0 && spaces >= blockContentIndent)
                {
                    return SkipToBreak(i);
                }

                blockParentIndent = blockContentIndent = -1;
            }
            else if (blockParentIndent >= 0)
            {
                return i;
            }

            lineIndent = spaces;
            lastSignificant = '\0';
            if (depth == 0 && tab >= 0 && !blank && text[i] != '#' && FirstTabIndent < 0)
            {
                FirstTabIndent = tab;
            }

            return i;
        }

        private int ReadLine(int i)
        {
            for (; i < text.Length && !IsBreak(text[i]); i++)
            {
                var character = text[i];
                if (OpenQuote >= 0)
                {
                    i = InQuote(i);
                    continue;
                }

                var spaced = i == 0 || text[i - 1] is ' ' or '\t' || IsBreak(text[i - 1]);
                if (character == '#' && spaced)
                {
                    return SkipToBreak(i);
                }

                if (character is ' ' or '\t')
                {
                    continue;
                }

                if (StartsToken(i, spaced))
                {
                    switch (character)
                    {
                        case '[' or '{':
                            OpenBrackets.Add(i);
                            depth++;
                            lastSignificant = character;
                            continue;
                        case '"' or '\'':
                            quote = character;
                            OpenQuote = i;
                            continue;
                        case '|' or '>' when depth == 0:
                            blockParentIndent = lineIndent;
                            return SkipToBreak(i);
                    }
                }

                if (character is ']' or '}' && depth > 0 && text[OpenBrackets[OpenBrackets.Count - 1]] == (character == ']' ? '[' : '{'))
                {
                    // A closer that matches nothing open is left alone: YamlDotNet stops at it, and that is the cause.
                    OpenBrackets.RemoveAt(OpenBrackets.Count - 1);
                    depth--;
                }

                lastSignificant = character;
            }

            return i;
        }

        /// <summary>Whether a node can start at <paramref name="i"/>: after an indicator and a space, or right after a flow one.</summary>
        private bool StartsToken(int i, bool spaced)
        {
            if (spaced)
            {
                return lastSignificant is '\0' or ':' or '-' or '?' || (depth > 0 && lastSignificant is ',' or '[' or '{');
            }

            return depth > 0 && text[i - 1] is ',' or '[' or '{' or ':';
        }

        /// <summary>Reads one character of a quoted scalar at <paramref name="i"/>; returns the last index it used.</summary>
        private int InQuote(int i)
        {
            var character = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (quote == '"' && character == '\\' && !IsBreak(next) && next != '\0')
            {
                return i + 1;
            }

            if (character != quote)
            {
                return i;
            }

            if (quote == '\'' && next == '\'')
            {
                return i + 1;
            }

            OpenQuote = -1;
            lastSignificant = character;
            return i;
        }

        private int SkipToBreak(int i)
        {
            while (i < text.Length && !IsBreak(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
