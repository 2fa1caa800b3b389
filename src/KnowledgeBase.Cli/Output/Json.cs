using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Catalog;

namespace KnowledgeBase.Cli.Output;

/// <summary>
/// Machine output. Field names are the YAML keys, enum values their YAML names, dates ISO strings, numbers JSON
/// numbers, references the target's id, absent values null; so jq, pandas or a web page can use it directly.
/// </summary>
internal static class Json
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        // The output is data for tools, not HTML: keep quotes, apostrophes and non-ASCII letters readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes one JSON document followed by a newline.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        writer.WriteLine(ToText(write));
    }

    /// <summary>One JSON document as text.</summary>
    public static string ToText(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The properties every entry summary has: collection, id, title, date, status.</summary>
    public static void SummaryProperties(Utf8JsonWriter json, CatalogEntry entry)
    {
        json.WriteString("collection", entry.Collection);
        json.WriteString("id", entry.Id);
        json.WriteString("title", entry.Title);
        if (entry.Date is { } date)
        {
            json.WriteString("date", TextLayout.Date(date));
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteString("status", TextLayout.Name(entry.Status));
    }

    /// <summary>Every field as a property; references become the target's id.</summary>
    public static void FieldProperties(Utf8JsonWriter json, ImmutableArray<CatalogField> fields)
    {
        foreach (var field in fields)
        {
            json.WritePropertyName(field.Name);
            Value(json, field.Value);
        }
    }

    /// <summary>One typed value.</summary>
    public static void Value(Utf8JsonWriter json, FieldValue value)
    {
        switch (value)
        {
            case TextValue text:
                json.WriteStringValue(text.Text);
                break;
            case NumberValue number:
                json.WriteNumberValue(number.Number);
                break;
            case BoolValue flag:
                json.WriteBooleanValue(flag.Flag);
                break;
            case DateValue date:
                json.WriteStringValue(TextLayout.Date(date.Date));
                break;
            case EnumValue name:
                json.WriteStringValue(name.Name);
                break;
            case UriValue uri:
                json.WriteStringValue(uri.Uri.AbsoluteUri);
                break;
            case RefValue reference:
                json.WriteStringValue(reference.Target.Id);
                break;
            case ListValue list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Value(json, item);
                }

                json.WriteEndArray();
                break;
            case ObjectValue nested:
                json.WriteStartObject();
                FieldProperties(json, nested.Fields);
                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
