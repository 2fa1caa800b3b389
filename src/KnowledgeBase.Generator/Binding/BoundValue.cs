using System.Globalization;
using KnowledgeBase.Generator.Common;
using KnowledgeBase.Generator.Yaml;

namespace KnowledgeBase.Generator.Binding;

/// <summary>
/// A value bound to its field's type: one of a closed set (text, bool, whole number, decimal, double, date, URI,
/// enum member, reference, record, list, absent), with where it was written. Rules, the data budget and the
/// emitter read these; only the emitter turns them into C#. Scalars keep the text as written, for messages
/// and so that equality sees what the emitted value depends on (a decimal's scale: <c>1.50</c> is not <c>1.5</c>).
/// </summary>
internal abstract record BoundValue(TextRange Range);

/// <summary>A field left out, or written as null.</summary>
internal sealed record AbsentValue(TextRange Range) : BoundValue(Range);

internal sealed record TextValue(string Text, TextRange Range) : BoundValue(Range);

internal sealed record BoolValue(bool Value, TextRange Range) : BoundValue(Range);

/// <summary>An <c>int</c> or <c>long</c> field's value.</summary>
internal sealed record IntegerValue(long Value, string Written, TextRange Range) : BoundValue(Range);

internal sealed record DecimalValue(decimal Value, string Written, TextRange Range) : BoundValue(Range)
{
    /// <summary>The value as C# and the run-time reader write it, scale kept.</summary>
    public string Invariant => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record DoubleValue(double Value, string Written, TextRange Range) : BoundValue(Range)
{
    /// <summary>The shortest text that reads back as the same double.</summary>
    public string Invariant => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A real calendar day.</summary>
internal sealed record DateValue(int Year, int Month, int Day, TextRange Range) : BoundValue(Range)
{
    /// <summary>One buffer per thread for <see cref="Iso"/>, which the data writer and the rules ask of every date.</summary>
    [System.ThreadStatic]
    private static char[]? isoBuffer;

    /// <summary><c>yyyy-MM-dd</c>, the form content, messages and the run-time reader use; one string, no parts.</summary>
    public string Iso
    {
        get
        {
            // A real day's year has four digits (DateTime's range), so the text is always ten characters.
            var chars = isoBuffer ??= new char[10];
            Digits(chars, 0, Year, 4);
            chars[4] = '-';
            Digits(chars, 5, Month, 2);
            chars[7] = '-';
            Digits(chars, 8, Day, 2);
            return new string(chars, 0, 10);
        }
    }

    /// <summary>Days since 1 January of year 1, as <c>DateOnly.DayNumber</c> counts them: the order of dates.</summary>
    public int DayNumber => (int)(new System.DateTime(Year, Month, Day).Ticks / System.TimeSpan.TicksPerDay);

    private static void Digits(char[] chars, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--, value /= 10)
        {
            chars[i] = (char)('0' + (value % 10));
        }
    }
}

internal sealed record UriValue(string Text, TextRange Range) : BoundValue(Range);

/// <summary>An enum member: its name, its position among the enum's members, and the value as written.</summary>
internal sealed record EnumValue(string Member, int Index, string Written, TextRange Range) : BoundValue(Range);

/// <summary>The id of an entry of the collection whose record is <see cref="TargetType"/>.</summary>
internal sealed record ReferenceValue(string TargetType, string Id, TextRange Range) : BoundValue(Range);

/// <summary>A record's fields, one value per field of its shape, in the shape's order.</summary>
internal sealed record RecordValue(string TypeName, EquatableArray<BoundValue> Fields, TextRange Range) : BoundValue(Range);

internal sealed record ListValue(EquatableArray<BoundValue> Items, TextRange Range) : BoundValue(Range);
