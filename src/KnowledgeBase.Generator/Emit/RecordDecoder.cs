using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Schema;
using Microsoft.CodeAnalysis.CSharp;
using KnowledgeBase.Generator.Common;

namespace KnowledgeBase.Generator.Emit;

/// <summary>
/// Writes the C# that reads a collection's entries back from their data: one method per record type (the
/// collection's and each nested one), one per enum and one per kind of list, each reading the fields in the order
/// <see cref="DataWriter"/> wrote them. Nothing here grows with the number of entries.
/// </summary>
internal sealed class RecordDecoder
{
    private const string Reader = "global::KnowledgeBase.Generated.EntryReader";

    private readonly CollectionModel collection;
    private readonly Dictionary<string, string> records = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, (string Name, FieldType Type)> enums = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, (string Name, FieldType Type)> lists = new(System.StringComparer.Ordinal);

    public RecordDecoder(CollectionModel collection)
    {
        this.collection = collection;
        records[collection.Shape.TypeName] = "__ReadEntry";
        for (var i = 0; i < collection.NestedRecords.Count; i++)
        {
            records[collection.NestedRecords[i].TypeName] = "__ReadRecord" + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// <c>__ReadEntry(ref reader)</c>, which reads an entry's id and record, and every method it calls.
    /// </summary>
    public void Write(IndentedWriter writer)
    {
        WriteRecord(writer, collection.Shape, isEntry: true);
        foreach (var shape in collection.NestedRecords)
        {
            WriteRecord(writer, shape, isEntry: false);
        }

        // Lists and enums are found while the records are written; a list of enums adds an enum.
        var written = new HashSet<string>(System.StringComparer.Ordinal);
        while (lists.Keys.FirstOrDefault(key => !written.Contains(key)) is { } key)
        {
            written.Add(key);
            WriteList(writer, lists[key].Name, lists[key].Type);
        }

        foreach (var (name, type) in enums.Values)
        {
            WriteEnum(writer, name, type);
        }
    }

    private void WriteRecord(IndentedWriter writer, RecordShape shape, bool isEntry)
    {
        writer.WriteLine();
        writer.WriteLine("private static " + shape.TypeName + " " + records[shape.TypeName] + "(ref " + Reader + " reader)");
        using (writer.Block())
        {
            if (isEntry)
            {
                writer.WriteLine("var id = reader.ReadString();");
            }

            var masked = shape.Fields.Where(field => FieldPresence.Of(field) == Presence.Masked).ToList();
            if (masked.Count > 0)
            {
                writer.WriteLine("var given = reader.ReadCount();");
            }

            for (var i = 0; i < shape.Fields.Count; i++)
            {
                var field = shape.Fields[i];
                var read = Read(field.Type);
                var local = "f" + i.ToString(CultureInfo.InvariantCulture);
                var type = field.Type.TypeName + (field.Type.IsNullable ? "?" : string.Empty);
                var value = FieldPresence.Of(field) switch
                {
                    // Not passed to the constructor when not given, so the local's value is never used then.
                    Presence.Masked => "(given & " + Bit(masked.IndexOf(field)) + ") != 0 ? " + read + " : default!",
                    Presence.Flagged => "reader.ReadBool() ? " + read + (field.Type.IsNullable ? " : null" : " : default"),
                    _ => read,
                };
                writer.WriteLine(type + " " + local + " = " + value + ";");
            }

            var init = isEntry ? " { Id = id }" : string.Empty;
            if (masked.Count == 0)
            {
                writer.WriteLine("return " + Construct(shape, _ => true) + init + ";");
                return;
            }

            writer.WriteLine("return given switch");
            using (writer.Block(";"))
            {
                for (var given = 0; given < 1 << masked.Count; given++)
                {
                    var set = given;
                    var label = given == (1 << masked.Count) - 1 ? "_" : given.ToString(CultureInfo.InvariantCulture);
                    writer.WriteLine(label + " => " + Construct(shape, field => !masked.Contains(field) || (set & (1 << masked.IndexOf(field))) != 0) + init + ",");
                }
            }
        }
    }

    private static string Bit(int index) => (1 << index).ToString(CultureInfo.InvariantCulture);

    private static string Construct(RecordShape shape, System.Func<FieldModel, bool> passes)
    {
        var arguments = new List<string>();
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            if (passes(shape.Fields[i]))
            {
                arguments.Add(shape.Fields[i].ParameterName + ": f" + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        return "new " + shape.TypeName + "(" + string.Join(", ", arguments) + ")";
    }

    /// <summary>The expression that reads one value of <paramref name="type"/> (never null; presence is the caller's).</summary>
    private string Read(FieldType type)
    {
        switch (type.Kind)
        {
            case FieldKind.String: return "reader.ReadString()";
            case FieldKind.Bool: return "reader.ReadBool()";
            case FieldKind.Int: return "reader.ReadInt32()";
            case FieldKind.Long: return "reader.ReadInt64()";
            case FieldKind.Decimal: return "reader.ReadDecimal()";
            case FieldKind.Double: return "reader.ReadDouble()";
            case FieldKind.Date: return "reader.ReadDate()";
            case FieldKind.Uri: return "reader.ReadUri()";
            case FieldKind.Ref: return "new " + type.TypeName + "(reader.ReadString())";
            case FieldKind.Record: return records[type.TypeName] + "(ref reader)";
            case FieldKind.Enum:
            case FieldKind.EntryStatus:
                if (!enums.TryGetValue(type.TypeName, out var member))
                {
                    member = ("__ReadEnum" + enums.Count.ToString(CultureInfo.InvariantCulture), type);
                    enums.Add(type.TypeName, member);
                }

                return member.Name + "(reader.ReadCount())";
            default:
                var key = type.ListKind + " " + type.Element!.TypeName;
                if (!lists.TryGetValue(key, out var list))
                {
                    list = ("__ReadList" + lists.Count.ToString(CultureInfo.InvariantCulture), type);
                    lists.Add(key, list);
                }

                return list.Name + "(ref reader)";
        }
    }

    /// <summary>A method reading a list: its count, then its items; an <c>ImmutableArray</c> or an array, as declared.</summary>
    private void WriteList(IndentedWriter writer, string name, FieldType type)
    {
        var element = type.Element!.TypeName;
        var item = Read(type.Element!);
        var immutable = type.ListKind == ListKind.ImmutableArray;
        var (returns, empty, create, add, done) = immutable
            ? ("global::System.Collections.Immutable.ImmutableArray<" + element + ">",
                "global::System.Collections.Immutable.ImmutableArray<" + element + ">.Empty",
                "global::System.Collections.Immutable.ImmutableArray.CreateBuilder<" + element + ">(count)",
                "items.Add(" + item + ");",
                "items.MoveToImmutable()")
            : (element + "[]", "global::System.Array.Empty<" + element + ">()", "new " + element + "[count]", "items[i] = " + item + ";", "items");
        writer.WriteLine();
        writer.WriteLine("private static " + returns + " " + name + "(ref " + Reader + " reader)");
        using (writer.Block())
        {
            writer.WriteLine("var count = reader.ReadCount();");
            writer.WriteLine("if (count == 0)");
            using (writer.Block())
            {
                writer.WriteLine("return " + empty + ";");
            }

            writer.WriteLine();
            writer.WriteLine("var items = " + create + ";");
            writer.WriteLine("for (var i = 0; i < count; i++)");
            using (writer.Block())
            {
                writer.WriteLine(add);
            }

            writer.WriteLine();
            writer.WriteLine("return " + done + ";");
        }
    }

    private static void WriteEnum(IndentedWriter writer, string name, FieldType type)
    {
        writer.WriteLine();
        writer.WriteLine("private static " + type.TypeName + " " + name + "(int index) => index switch");
        using (writer.Block(";"))
        {
            for (var i = 0; i < type.EnumMembers.Count; i++)
            {
                var member = type.EnumMembers[i];
                var escaped = Naming.EscapeKeyword(member);
                writer.WriteLine(i.ToString(CultureInfo.InvariantCulture) + " => " + type.TypeName + "." + escaped + ",");
            }

            writer.WriteLine("_ => throw new global::System.InvalidOperationException(\"The compiled data names no member of this enum.\"),");
        }
    }
}
