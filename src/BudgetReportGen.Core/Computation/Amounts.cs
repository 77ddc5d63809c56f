using System.Globalization;

namespace BudgetReportGen.Core.Computation;

/// <summary>Display formatting of exact amounts: rounding half-up (away from zero) happens only here.</summary>
public static class Amounts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Rounds half-up (2.345 → 2.35, −2.345 → −2.35) to <paramref name="decimals"/> places.</summary>
    public static decimal RoundHalfUp(decimal value, int decimals = 2) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Table form: thousands separators and 2 decimals (3,773.89); what rounds to zero gives "" unless <paramref name="zeroAsBlank"/> is false.</summary>
    public static string FormatTable(decimal value, bool zeroAsBlank = true, int decimals = 2)
    {
        var rounded = RoundHalfUp(value, decimals);
        return zeroAsBlank && rounded == 0 ? "" : rounded.ToString("N" + decimals, Invariant);
    }

    /// <summary>Text form: no separators, 2 decimals (3773.89, 276.40, 0.00).</summary>
    public static string FormatText(decimal value, int decimals = 2) =>
        RoundHalfUp(value, decimals).ToString("F" + decimals, Invariant);

    /// <summary>Text form without trailing zeros (9, 8.5, 276.4, 0).</summary>
    public static string FormatTextTrimmed(decimal value, int decimals = 2)
    {
        var text = FormatText(value, decimals);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>The exact value without rounding, at least 2 decimals (3773.89, 9.00, 0.005): for diagnostics, where a
    /// difference below the display precision must still show.</summary>
    public static string FormatExact(decimal value) => value.ToString("0.00" + new string('#', 26), Invariant);

    /// <summary>A percentage with 2 decimals, rounded half-up (0.83, 5.88, 100.00).</summary>
    public static string FormatPercent(decimal percent, int decimals = 2) => FormatText(percent, decimals);
}
