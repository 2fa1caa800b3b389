using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Authoring.Templates;

/// <summary>
/// The text of a new entry file for an editor to fill in: every required field with an empty value (so the build
/// and the editor's schema flag each one until it is filled), every optional field commented out with its
/// default, and a comment per field saying what it holds.
/// </summary>
public static class EntryTemplate
{
    /// <summary>Renders the template for a new entry <paramref name="id"/> of <paramref name="collection"/>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="id">The new entry's id.</param>
    /// <returns>The YAML text, with <c>\n</c> line ends.</returns>
    public static string Render(CollectionMetadata collection, string id)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var summary = collection.Record.Summary;
        var lines = new List<string>
        {
            $"# New entry '{id}' of content/{collection.Name} ({collection.Type.Name}){(summary is null ? "." : ": " + summary)}",
            "# Fill in every empty value: until then the build reports an error there. Optional fields are",
            "# commented out: uncomment the ones you need. See content/README.md and `kb schema` for the rules.",
        };
        lines.AddRange(Writer.Record(collection.Record, 0, [collection.Type]));
        return string.Join("\n", lines) + "\n";
    }

    private static class Writer
    {
        public static List<string> Record(RecordMetadata record, int column, HashSet<Type> path)
        {
            var lines = new List<string>();
            foreach (var field in record.Fields)
            {
                var block = Field(field, column, path);
                lines.AddRange(field.IsRequired ? block : block.Select(line => CommentOut(line, column)));
            }

            return lines;
        }

        private static List<string> Field(FieldMetadata field, int column, HashSet<Type> path)
        {
            var indent = new string(' ', column);
            var comment = "  # " + Describe(field);
            var value = field.Value;
            if (value.Kind == ValueKind.Record && path.Add(value.Type))
            {
                var lines = new List<string> { $"{indent}{field.Key}:{comment}" };
                lines.AddRange(Record(value.Record!, column + 2, path));
                path.Remove(value.Type);
                return lines;
            }

            if (value.Kind == ValueKind.List)
            {
                var lines = new List<string> { $"{indent}{field.Key}:{comment}" };
                lines.AddRange(Item(value.Element!, column + 2, path));
                return lines;
            }

            var shown = field.IsRequired ? string.Empty : Scalar(Collections.DefaultContentValue(field));
            return [$"{indent}{field.Key}:{(shown.Length == 0 ? string.Empty : " " + shown)}{comment}"];
        }

        /// <summary>One list item: <c>-</c> alone for a value, or a record's fields with the first on the dash's line.</summary>
        private static List<string> Item(ValueMetadata element, int column, HashSet<Type> path)
        {
            var dash = new string(' ', column) + "-";
            if (element.Kind != ValueKind.Record || !path.Add(element.Type))
            {
                return [element.Kind == ValueKind.Enum ? $"{dash}  # one of: {EnumList(element)}" : dash];
            }

            var fields = Record(element.Record!, column + 2, path);
            path.Remove(element.Type);
            var first = fields.Count == 0 ? null : fields[0];
            if (first is null || first.TrimStart().StartsWith('#'))
            {
                // A commented-out first field cannot share the dash's line, or the item would be empty.
                return [dash, .. fields];
            }

            fields[0] = dash + " " + first[(column + 2)..];
            return fields;
        }

        private static string Describe(FieldMetadata field)
        {
            var parts = new List<string>();
            if (field.IsRequired)
            {
                parts.Add("required.");
            }

            if (field.Summary is { } text)
            {
                parts.Add(text);
            }

            var value = field.Value.Kind == ValueKind.List ? field.Value.Element! : field.Value;
            var list = field.Value.Kind == ValueKind.List;
            parts.Add(value.Kind switch
            {
                ValueKind.Reference => list ? $"Ids of entries in content/{value.TargetCollection}." : $"The id of an entry in content/{value.TargetCollection}.",
                ValueKind.Date => "A date written yyyy-MM-dd.",
                ValueKind.Uri => "An absolute URL (https://…).",
                ValueKind.Enum => $"One of: {EnumList(value)}.",
                ValueKind.Bool => "true or false.",
                ValueKind.WholeNumber => "A whole number.",
                ValueKind.ExactNumber or ValueKind.FloatingNumber => "A number (593.7).",
                _ => string.Empty,
            });
            return string.Join(" ", parts.Where(part => part.Length > 0));
        }

        private static string EnumList(ValueMetadata value) => string.Join(", ", value.Enum!.Members.Select(member => member.YamlName));

        private static string Scalar(object? value) => value switch
        {
            null => string.Empty,
            bool flag => flag ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>Puts <c># </c> at the block's own column, so removing it restores the indentation.</summary>
        private static string CommentOut(string line, int column) =>
            line.Length >= column && line[..column].All(character => character == ' ')
                ? new StringBuilder(line).Insert(column, "# ").ToString()
                : "# " + line;
    }
}
