using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Schema;

namespace KnowledgeBase.Generator.Emit;

/// <summary>Writes a bound value as a C# expression: constructor calls with named arguments, one per line.</summary>
internal static class ValueWriter
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public static void Write(IndentedWriter writer, ValueNode value, Utf8Pool pool)
    {
        switch (value.Kind)
        {
            case ValueKind.Construct:
                WriteArguments(writer, "new " + value.Text + "(", ")", value, named: true, pool);
                break;
            case ValueKind.List when value.Items.Count == 0:
                writer.Write(value.ListKind == ListKind.ImmutableArray
                    ? ImmutableArray + "<" + value.Text + ">.Empty"
                    : "global::System.Array.Empty<" + value.Text + ">()");
                break;
            case ValueKind.List when value.ListKind == ListKind.ImmutableArray:
                WriteArguments(writer, ImmutableArray + ".Create<" + value.Text + ">(", ")", value, named: false, pool);
                break;
            case ValueKind.List:
                WriteArguments(writer, "new " + value.Text + "[] {", "}", value, named: false, pool);
                break;
            default:
                writer.Write(Utf8Literals.Rewrite(value.Text, pool));
                break;
        }
    }

    private static void WriteArguments(IndentedWriter writer, string open, string close, ValueNode value, bool named, Utf8Pool pool)
    {
        writer.Write(open);
        if (value.Items.Count == 0)
        {
            writer.Write(close);
            return;
        }

        writer.WriteLine().Indent();
        for (var i = 0; i < value.Items.Count; i++)
        {
            if (named)
            {
                writer.Write(value.Names[i] + ": ");
            }

            Write(writer, value.Items[i], pool);
            writer.WriteLine(i + 1 < value.Items.Count ? "," : string.Empty);
        }

        writer.Outdent().Write(close);
    }
}
