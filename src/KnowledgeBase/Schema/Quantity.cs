using System;
using System.Globalization;

namespace KnowledgeBase.Catalog;

/// <summary>Formats figure values for people: <c>-US$593.7 billion</c>, <c>about -17%</c>, <c>2.788 million GPU hours</c>.</summary>
public static class Quantity
{
    /// <summary>One value in its unit, large numbers scaled to million, billion or trillion.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The value as a person would write it.</returns>
    public static string Format(decimal value, Unit unit)
    {
        if (unit == Unit.Percent)
        {
            return Number(value) + "%";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var (scaled, scale) = Scale(Math.Abs(value));
        return unit switch
        {
            Unit.UsDollars => sign + "US$" + Number(scaled) + scale,
            Unit.GpuHours => sign + Number(scaled) + scale + " GPU hours",
            Unit.Gpus => sign + Number(scaled) + scale + " GPUs",
            Unit.Parameters => sign + Number(scaled) + scale + " parameters",
            _ => sign + Number(scaled) + scale,
        };
    }

    /// <summary>
    /// A reported value with its qualifier and range: <c>about US$600 billion</c>, <c>US$60 billion to US$65 billion</c>.
    /// </summary>
    /// <param name="value">The reported value.</param>
    /// <param name="unit">The figure's unit.</param>
    /// <returns>The value as a person would write it.</returns>
    public static string Describe(ReportedValue value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(value);
        var qualifier = value.Qualifier switch
        {
            Qualifier.Approximately => "about ",
            Qualifier.AtLeast => "at least ",
            Qualifier.AtMost => "at most ",
            _ => string.Empty,
        };
        var amount = (value.Value, value.Low, value.High) switch
        {
            ({ } single, _, _) => Format(single, unit),
            (null, { } low, { } high) => Format(low, unit) + " to " + Format(high, unit),
            (null, { } low, null) => "from " + Format(low, unit),
            (null, null, { } high) => "up to " + Format(high, unit),
            _ => value.AsReported ?? "(no value)",
        };
        return qualifier + amount;
    }

    /// <summary>A number in invariant culture with thousands separators and no trailing zeros.</summary>
    /// <param name="value">The number.</param>
    /// <returns>For example <c>1,300,000</c> or <c>0.71</c>.</returns>
    public static string Number(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    private static (decimal Scaled, string Scale) Scale(decimal magnitude) => magnitude switch
    {
        >= 1_000_000_000_000m => (magnitude / 1_000_000_000_000m, " trillion"),
        >= 1_000_000_000m => (magnitude / 1_000_000_000m, " billion"),
        >= 1_000_000m => (magnitude / 1_000_000m, " million"),
        _ => (magnitude, string.Empty),
    };
}
