using System.Globalization;
using System.Text;
using CsCheck;
using KnowledgeBase.Generated;
using KnowledgeBase.Generator.Binding;
using KnowledgeBase.Generator.Emit;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Schema;
using KnowledgeBase.Generator.Yaml;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Properties;

/// <summary>
/// What <see cref="DataWriter"/> writes, <see cref="EntryReader"/> reads back exactly: any string (lone surrogates,
/// which no UTF-8 holds, included), any long, any decimal with its scale, any finite double. The block is always
/// one C# literal that compiles to text a <c>"..."u8</c> literal can hold (valid UTF-16 without lone surrogates).
/// </summary>
public sealed class DataRoundTripProperties
{
    private static readonly TextRange Nowhere = new(0, 0, 0, 0, 0, 0);

    private static readonly RecordShape Shape = new(
        "global::Demo.Row",
        "Row",
        new[]
        {
            Field("text", FieldKind.String, "global::System.String"),
            Field("whole", FieldKind.Long, "global::System.Int64"),
            Field("exact", FieldKind.Decimal, "global::System.Decimal"),
            Field("real", FieldKind.Double, "global::System.Double"),
        }.ToEquatableArray());

    private static readonly CollectionModel Collection = new(
        "rows", Shape.TypeName, "Demo", "Row", Shape, EquatableArray<RecordShape>.Empty, EquatableArray<ReservedName>.Empty, null, EquatableArray<DiagnosticInfo>.Empty);

    [Fact]
    public void Every_value_reads_back_exactly_and_the_block_is_utf8_text()
    {
        var decimals = Gen.Select(Gen.Long, Gen.Int[0, 28], (mantissa, scale) => new decimal(mantissa) * Scale(scale));
        var doubles = Gen.Double.Where(value => !double.IsNaN(value) && !double.IsInfinity(value));
        Gen.Select(ContentGen.AnyString, Gen.Long, decimals, doubles).Sample(
            (text, whole, exact, real) =>
            {
                var block = Block(
                    DataWriter.Write(Collection, "row-1", Row(text, whole, exact, real)),
                    DataWriter.Write(Collection, "row-2", Row(text + "!", -whole, -exact, -real)));

                // Throws on a lone surrogate: the block must be text a u8 literal can hold.
                var bytes = new UTF8Encoding(false, true).GetBytes(block);
                AssertReads(bytes, 1, "row-2", text + "!", -whole, -exact, -real);
                AssertReads(bytes, 0, "row-1", text, whole, exact, real);
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("-0.000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void A_decimal_keeps_its_scale(string written)
    {
        var value = decimal.Parse(written, CultureInfo.InvariantCulture);
        var reader = new EntryReader(Encoding.UTF8.GetBytes(Block(DataWriter.Write(Collection, "row", Row("t", 0, value, 0)))), 0);

        reader.ReadString();
        reader.ReadString();
        reader.ReadInt64();
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), reader.ReadDecimal().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The text the block's C# literal compiles to, as the compiler reads it.</summary>
    private static string Block(params EntryLiteral[] entries)
    {
        var code = new IndentedWriter();
        DataWriter.WriteLiteral(code, entries);
        var literal = code.ToString();
        var expression = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));

        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(literal.Length, expression.FullSpan.Length);
        return expression.Token.ValueText;
    }

    private static void AssertReads(byte[] block, int entry, string id, string text, long whole, decimal exact, double real)
    {
        var reader = new EntryReader(block, entry);
        Assert.Equal(id, reader.ReadString());
        Assert.Equal(text, reader.ReadString());
        Assert.Equal(whole, reader.ReadInt64());
        var read = reader.ReadDecimal();
        Assert.Equal(exact, read);
        Assert.Equal(exact.ToString(CultureInfo.InvariantCulture), read.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(System.BitConverter.DoubleToInt64Bits(real), System.BitConverter.DoubleToInt64Bits(reader.ReadDouble()));
    }

    private static RecordValue Row(string text, long whole, decimal exact, double real) => new(
        Shape.TypeName,
        new BoundValue[]
        {
            new TextValue(text, Nowhere),
            new IntegerValue(whole, string.Empty, Nowhere),
            new DecimalValue(exact, string.Empty, Nowhere),
            new DoubleValue(real, string.Empty, Nowhere),
        }.ToEquatableArray(),
        Nowhere);

    private static decimal Scale(int scale) => new(1, 0, 0, false, (byte)scale);

    private static FieldModel Field(string key, FieldKind kind, string type) =>
        new(key, char.ToUpperInvariant(key[0]) + key[1..], FieldType.Simple(kind, type), IsRequired: true, HasDefault: false);
}
