using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Rendering;

public static partial class KnowledgeBaseMarkdown
{
    private static void WriteFigure(MarkdownWriter writer, Figure figure)
    {
        writer.Field(nameof(Figure.Title), figure.Title);
        writer.Field(nameof(Figure.Measure), Prose.Enum(figure.Measure));
        writer.Field(nameof(Figure.Kind), Prose.Enum(figure.Kind));
        writer.Field(nameof(Figure.Unit), Prose.Enum(figure.Unit));
        writer.Field(nameof(Figure.Date), Prose.Date(figure.Date));
        writer.Field(nameof(Figure.Period), figure.Period);
        writer.Field(nameof(Figure.Actor), Prose.Reference(figure.Actor, Prose.Reference));
        writer.Field(nameof(Figure.Topics), Prose.References(figure.Topics, Prose.Reference));
        writer.Field(nameof(Figure.Note), figure.Note);

        // Disputed figures keep every value: the reader sees each with its own sources, then the range.
        writer.Field(nameof(Figure.Values), figure.Values.IsDefault ? [] : figure.Values.Select(ReportedValue));
        writer.Field("Disputed", figure.IsDisputed ? "yes" : "no");
        writer.Field(nameof(Figure.Spread), figure.Spread is { } spread ? Prose.Number(spread.Low) + " to " + Prose.Number(spread.High) : null);
        WriteStatus(writer, figure.Status, Prose.Reference(figure.SupersededBy, Prose.Reference), figure.StatusReason);
    }

    private static string ReportedValue(ReportedValue value)
    {
        var parts = new List<string>();
        if (value.Value is { } single)
        {
            parts.Add(Prose.Number(single));
        }

        parts.Add((value.Low, value.High) switch
        {
            ({ } low, { } high) => Prose.Number(low) + " to " + Prose.Number(high),
            ({ } low, null) => "from " + Prose.Number(low),
            (null, { } high) => "up to " + Prose.Number(high),
            _ => value.Value is null ? "no number" : string.Empty,
        });

        var line = string.Join("; ", parts.Where(part => part.Length > 0));
        if (value.Qualifier != Qualifier.Exact)
        {
            line += " (" + Prose.Enum(value.Qualifier) + ")";
        }

        if (value.AsReported is not null)
        {
            line += ", as reported: " + Prose.Quoted(value.AsReported);
        }

        var citations = Prose.Citations(value.Citations).Select(citation => "\n- " + citation);
        return line + string.Concat(citations);
    }
}
