using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Metadata;

namespace KnowledgeBase.Cli.Export.Sqlite;

/// <summary>
/// A field's value as SQLite stores it: text, dates as ISO <c>yyyy-MM-dd</c>, whole numbers INTEGER, decimals and
/// doubles REAL, booleans 0/1, enums their YAML names, references the target's id, absent values NULL.
/// </summary>
internal static class SqlValues
{
    /// <summary>The column type a scalar kind is stored as.</summary>
    public static SqlType TypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Bool or ValueKind.WholeNumber => SqlType.Integer,
        ValueKind.ExactNumber or ValueKind.FloatingNumber => SqlType.Real,
        _ => SqlType.Text,
    };

    /// <summary>What CHECK the column gets: the enum's YAML names, or 0/1 for a boolean.</summary>
    public static string? CheckFor(string column, ValueMetadata type) => type.Kind switch
    {
        ValueKind.Bool => SqlNames.Quote(column) + " IN (0, 1)",
        ValueKind.Enum when type.Enum is { } members =>
            SqlNames.Quote(column) + " IN (" + string.Join(", ", members.Members.Select(member => SqlNames.Literal(member.YamlName))) + ")",
        _ => null,
    };

    /// <summary>The value to bind for a scalar of <paramref name="type"/>; null when absent.</summary>
    public static object? Stored(ValueMetadata type, object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? 1L : 0L,
        int number => (long)number,
        long number => number,
        decimal number => (double)number,
        double number => number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Uri uri => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString,
        IEntryReference reference => reference.Id,
        _ when type.Kind == ValueKind.Enum => type.Enum?.Find(value)?.YamlName ?? value.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A decimal's exact digits, with the scale content gave it (<c>593.70</c> stays <c>593.70</c>).</summary>
    public static object? Exact(object? value) => value is decimal number ? number.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>A list's items; an absent list is empty.</summary>
    public static IEnumerable<object> Items(object? list) => ValueMetadata.Items(list);
}
