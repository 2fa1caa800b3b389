using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Writes entries as the UTF-8 text that <c>KnowledgeBase.Generated.EntryReader</c> reads back (its docs give the
/// format): each field of a record in constructor order, by the field's declared type, so no value carries a tag.
/// The block is text, so a C# <c>"..."u8</c> literal holds it; byte offsets are counted as UTF-8 of the text, not of its escapes.
/// <see cref="RecordDecoder"/> writes the C# that reads the same fields in the same order: change both together.
/// </summary>
internal sealed class DataWriter
{
    /// <summary>One builder per thread for every entry's text: a builder per entry grows through chunks that are garbage at once.</summary>
    [System.ThreadStatic]
    private static StringBuilder? reused;

    /// <summary>A builder that one entry's data made larger than this is not kept for the next.</summary>
    private const int MaxKeptCapacity = 1024 * 1024;

    private readonly CollectionModel collection;
    private readonly StringBuilder text;
    private int bytes;

    private DataWriter(CollectionModel collection, StringBuilder text) => (this.collection, this.text) = (collection, text);

    /// <summary>One entry's data: its id, then its record, as literal text and the UTF-8 bytes it compiles to.</summary>
    public static EntryLiteral Write(CollectionModel collection, string id, RecordValue value)
    {
        // Nothing writes two entries at once on one thread, so the builder is cleared, never handed back.
        var writer = new DataWriter(collection, Scratch.Builder(ref reused, MaxKeptCapacity));
        writer.WriteString(id);
        writer.WriteRecord(value, collection.Shape);
        return new EntryLiteral(Utf8Text.Of(writer.text), writer.bytes);
    }

    /// <summary>
    /// Writes a block of entries as one C# string literal (the caller adds <c>u8</c>): the count and each entry's
    /// offset (past the header) as eight hex digits, then the entries. Each entry's text was escaped as it was
    /// written (<see cref="Text.LiteralBody"/>), so the block is never a string of its own: it would be as long as the file.
    /// </summary>
    public static void WriteLiteral(IndentedWriter writer, IReadOnlyList<EntryLiteral> entries)
    {
        var offset = Hex.Width * (entries.Count + 1);
        writer.Write("\"").Write(Hex.Of(entries.Count));
        foreach (var entry in entries)
        {
            writer.Write(Hex.Of(offset));
            offset += entry.Bytes;
        }

        foreach (var entry in entries)
        {
            writer.Write(entry.Body);
        }

        writer.Write("\"");
    }

    private void WriteRecord(RecordValue record, RecordShape shape)
    {
        var fields = shape.Fields;
        if (FieldPresence.HasMasked(shape))
        {
            // Which fields with value defaults are given: the reader calls the constructor without the others.
            var mask = 0;
            for (int i = 0, bit = 1; i < fields.Count; i++)
            {
                if (FieldPresence.Of(fields[i]) == Presence.Masked)
                {
                    mask |= record.Fields[i] is AbsentValue ? 0 : bit;
                    bit <<= 1;
                }
            }

            WriteWhole(mask);
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var value = record.Fields[i];
            switch (FieldPresence.Of(field))
            {
                case Presence.Always:
                    WriteValue(value, field.Type);
                    break;
                case Presence.EmptyWhenAbsent:
                    if (value is AbsentValue)
                    {
                        WriteWhole(0);
                    }
                    else
                    {
                        WriteValue(value, field.Type);
                    }

                    break;
                case Presence.Flagged:
                    Append(value is AbsentValue ? "0" : "1");
                    if (value is not AbsentValue)
                    {
                        WriteValue(value, field.Type);
                    }

                    break;
                case Presence.Masked:
                    if (value is not AbsentValue)
                    {
                        WriteValue(value, field.Type);
                    }

                    break;
            }
        }
    }

    private void WriteValue(BoundValue value, FieldType type)
    {
        switch (value)
        {
            case TextValue text: WriteString(text.Text); break;
            case UriValue uri: WriteString(uri.Text); break;
            case ReferenceValue reference: WriteString(reference.Id); break;
            case BoolValue flag: Append(flag.Value ? "1" : "0"); break;
            case IntegerValue number: WriteWhole(number.Value); break;
            case DecimalValue number: Append(number.Invariant + ";"); break;
            case DoubleValue number: Append(number.Invariant + ";"); break;
            case DateValue date: Append(date.Iso); break;
            case EnumValue member: WriteWhole(member.Index); break;
            case RecordValue record:
                WriteRecord(record, collection.NestedRecords.Find(type.TypeName));
                break;
            case ListValue list:
                WriteWhole(list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteValue(item, type.Element!);
                }

                break;
            default:
                throw new System.InvalidOperationException("A value of the field type " + type.TypeName + " is missing; the entry should have been a stub.");
        }
    }

    private void WriteWhole(long value) => Append(value.ToString(CultureInfo.InvariantCulture) + ";");

    /// <summary>Its UTF-8 length, <c>:</c> and the text; text with a lone surrogate (no UTF-8 holds one) as <c>~</c> and UTF-16 code units.</summary>
    private void WriteString(string value)
    {
        if (HasLoneSurrogate(value))
        {
            Append(value.Length.ToString(CultureInfo.InvariantCulture) + "~");
            foreach (var unit in value)
            {
                Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
            }

            return;
        }

        Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":");
        Append(value);
    }

    /// <summary>Appends <paramref name="value"/> as literal text, counting the UTF-8 bytes it compiles to.</summary>
    private void Append(string value)
    {
        text.Append(Text.LiteralBody(value));
        bytes += Encoding.UTF8.GetByteCount(value);
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Counts and offsets in the tables: eight lower-case hex digits (four for a place's two halves).</summary>
internal static class Hex
{
    public const int Width = 8;

    public static string Of(int value, int width = Width) => value.ToString("x" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
