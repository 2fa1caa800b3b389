using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KnowledgeBase.Cli.Output;

/// <summary>
/// A plain-text table with a header row. On a terminal of known width the flexible column (usually the title)
/// is cut with an ellipsis so rows never wrap; without a width (a pipe, a file) nothing is cut.
/// </summary>
internal sealed class Table
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly List<Cell[]> _rows = [];

    /// <summary>Creates a table; the column at <paramref name="flexibleColumn"/> gives way when space is short.</summary>
    public Table(int flexibleColumn, params string[] headers)
    {
        _headers = headers;
        FlexibleColumn = flexibleColumn;
    }

    public int FlexibleColumn { get; }

    public int RowCount => _rows.Count;

    /// <summary>Adds a row of plain cells.</summary>
    public void Add(params string[] cells) => Add(cells.Select(cell => new Cell(cell)).ToArray());

    /// <summary>Adds a row whose cells may carry a colour, applied after padding so widths stay right.</summary>
    public void Add(params Cell[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter writer, Style style, int? width)
    {
        var widths = _headers.Select((header, column) => _rows.Select(row => row[column].Text.Length).Append(header.Length).Max()).ToArray();
        if (width is { } available)
        {
            var others = widths.Where((_, column) => column != FlexibleColumn).Sum() + (Gap.Length * (widths.Length - 1));
            widths[FlexibleColumn] = Math.Max(Math.Min(widths[FlexibleColumn], available - others), 10);
        }

        WriteRow(writer, _headers.Select(header => new Cell(header, style.Bold)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, Cell[] cells, int[] widths)
    {
        var parts = new List<string>(cells.Length);
        for (var column = 0; column < cells.Length; column++)
        {
            var text = Fit(cells[column].Text, widths[column]);
            var last = column == cells.Length - 1;
            var padded = last ? text : text.PadRight(widths[column]);
            parts.Add(cells[column].Colour is { } colour ? colour(padded.TrimEnd()) + new string(' ', padded.Length - padded.TrimEnd().Length) : padded);
        }

        writer.WriteLine(string.Join(Gap, parts).TrimEnd());
    }

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)), "\u2026");
}

/// <summary>A table cell: its text and an optional colour.</summary>
/// <param name="Text">The plain text, which decides the width.</param>
/// <param name="Colour">Applied to the padded text when colour is on.</param>
internal sealed record Cell(string Text, Func<string, string>? Colour = null);
