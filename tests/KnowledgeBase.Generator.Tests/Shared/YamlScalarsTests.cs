using KnowledgeBase.Shared;
using Xunit;

namespace KnowledgeBase.Generator.Tests.Shared;

/// <summary>Plain scalars get the types of YAML 1.2's core schema, the ones editors check JSON Schema types against.</summary>
public sealed class YamlScalarsTests
{
    [Theory]
    [InlineData("", nameof(PlainScalarType.Null))]
    [InlineData("~", nameof(PlainScalarType.Null))]
    [InlineData("null", nameof(PlainScalarType.Null))]
    [InlineData("NULL", nameof(PlainScalarType.Null))]
    [InlineData("nULL", nameof(PlainScalarType.String))]
    [InlineData("true", nameof(PlainScalarType.Boolean))]
    [InlineData("False", nameof(PlainScalarType.Boolean))]
    [InlineData("yes", nameof(PlainScalarType.String))]
    [InlineData("on", nameof(PlainScalarType.String))]
    [InlineData("12", nameof(PlainScalarType.Integer))]
    [InlineData("-12", nameof(PlainScalarType.Integer))]
    [InlineData("+12", nameof(PlainScalarType.Integer))]
    [InlineData("007", nameof(PlainScalarType.Integer))]
    [InlineData("0o17", nameof(PlainScalarType.Integer))]
    [InlineData("0x1F", nameof(PlainScalarType.Integer))]
    [InlineData("0x", nameof(PlainScalarType.String))]
    [InlineData("0o8", nameof(PlainScalarType.String))]
    [InlineData("1_000", nameof(PlainScalarType.String))]
    [InlineData("593.7", nameof(PlainScalarType.Float))]
    [InlineData(".5", nameof(PlainScalarType.Float))]
    [InlineData("5.", nameof(PlainScalarType.Float))]
    [InlineData("5.576e6", nameof(PlainScalarType.Float))]
    [InlineData("1e3", nameof(PlainScalarType.Float))]
    [InlineData("-1E-3", nameof(PlainScalarType.Float))]
    [InlineData("1e", nameof(PlainScalarType.String))]
    [InlineData(".", nameof(PlainScalarType.String))]
    [InlineData("-", nameof(PlainScalarType.String))]
    [InlineData("-.inf", nameof(PlainScalarType.Float))]
    [InlineData(".NaN", nameof(PlainScalarType.Float))]
    [InlineData(".nAn", nameof(PlainScalarType.String))]
    [InlineData("593,7", nameof(PlainScalarType.String))]
    [InlineData("2025-01-20", nameof(PlainScalarType.String))]
    [InlineData("1.2.3", nameof(PlainScalarType.String))]
    [InlineData("\u0661\u0662", nameof(PlainScalarType.String))]
    public void A_plain_scalar_has_its_core_schema_type(string text, string expected)
    {
        Assert.Equal(expected, YamlScalars.Resolve(text).ToString());
    }
}
