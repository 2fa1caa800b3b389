using System.Globalization;
using System.Linq;
using KnowledgeBase.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KnowledgeBase.Generator.Schema;

/// <summary>
/// A parameter's default: whether it declares one, whether that is a value (not <c>null</c> or <c>default</c>, which
/// decides whether content may leave the field out of the constructor call), and the value itself for the metadata's
/// readers (JSON Schemas, templates). All read from the parameter's syntax in one look where the default is a literal,
/// a negated number or a member of the field's enum, which is free; only another default is asked of the compiler,
/// which binds it and runs nullable analysis on it, and this step runs again on every C# edit.
/// </summary>
internal static class DefaultValueReader
{
    public static ParameterDefault Read(IParameterSymbol parameter, FieldType type)
    {
        if (parameter.DeclaringSyntaxReferences is [var reference])
        {
            if (reference.GetSyntax() is not ParameterSyntax { Default.Value: var value })
            {
                return ParameterDefault.None;
            }

            if (value.IsKind(SyntaxKind.NullLiteralExpression))
            {
                return new ParameterDefault(true, false, null);
            }

            var isValue = !value.IsKind(SyntaxKind.DefaultLiteralExpression) && !value.IsKind(SyntaxKind.DefaultExpression);
            return new ParameterDefault(true, isValue, FromSyntax(value, type) ?? Constant(parameter));
        }

        return parameter.HasExplicitDefaultValue
            ? new ParameterDefault(true, parameter.ExplicitDefaultValue is not null, Constant(parameter))
            : ParameterDefault.None;
    }

    private static DefaultValueModel? Constant(IParameterSymbol parameter) =>
        parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } constant ? new DefaultValueModel(constant, null) : null;

    private static DefaultValueModel? FromSyntax(ExpressionSyntax value, FieldType type)
    {
        switch (value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return type.Kind == FieldKind.Bool ? new DefaultValueModel(literal.IsKind(SyntaxKind.TrueLiteralExpression), null) : null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return type.Kind == FieldKind.String ? new DefaultValueModel(literal.Token.ValueText, null) : null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                return Number(literal.Token.Value, type.Kind, negate: false);
            case PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } negated
                when negated.IsKind(SyntaxKind.UnaryMinusExpression) && operand.IsKind(SyntaxKind.NumericLiteralExpression):
                return Number(operand.Token.Value, type.Kind, negate: true);
            case MemberAccessExpressionSyntax access when type.Kind is FieldKind.Enum or FieldKind.EntryStatus
                && LastName(access.Expression) == SimpleName(type.TypeName)
                && type.EnumMembers.Contains(access.Name.Identifier.ValueText):
                return new DefaultValueModel(null, access.Name.Identifier.ValueText);
            default:
                return null;
        }
    }

    // The constant as the compiler converts the literal to the parameter's type (3 for a double is 3.0).
    private static DefaultValueModel? Number(object? literal, FieldKind kind, bool negate)
    {
        if (literal is null)
        {
            return null;
        }

        object? number = kind switch
        {
            FieldKind.Int when literal is int value => negate ? -value : value,
            FieldKind.Long when literal is int or long => negate ? -System.Convert.ToInt64(literal, CultureInfo.InvariantCulture) : System.Convert.ToInt64(literal, CultureInfo.InvariantCulture),
            FieldKind.Decimal when literal is int or long or decimal => negate ? -System.Convert.ToDecimal(literal, CultureInfo.InvariantCulture) : System.Convert.ToDecimal(literal, CultureInfo.InvariantCulture),
            FieldKind.Double when literal is int or long or float or double => negate ? -System.Convert.ToDouble(literal, CultureInfo.InvariantCulture) : System.Convert.ToDouble(literal, CultureInfo.InvariantCulture),
            _ => null,
        };
        return number is null ? null : new DefaultValueModel(number, null);
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    private static string SimpleName(string fullyQualified) => fullyQualified.Substring(fullyQualified.LastIndexOf('.') + 1).Replace("global::", string.Empty).TrimStart('@');
}

/// <summary>What <see cref="DefaultValueReader.Read"/> found: see there.</summary>
internal readonly record struct ParameterDefault(bool HasDefault, bool IsValue, DefaultValueModel? Value)
{
    public static ParameterDefault None => default;
}

/// <summary>
/// A default as the metadata writes it: an enum member by name when the syntax named one, else the constant (an
/// enum's as its underlying value).
/// </summary>
internal sealed record DefaultValueModel(object? Constant, string? EnumMember);
