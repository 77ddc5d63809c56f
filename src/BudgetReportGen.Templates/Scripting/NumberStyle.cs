using System.Globalization;
using BudgetReportGen.Core.Computation;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>Which trailing zeros a number style drops: none (276.40), all (8.5, 9) or only a whole number's (4,614 but 867.50).</summary>
public enum ZeroTrimming { None, All, Integer }

/// <summary>
/// How a pack prints amounts in a place (pack.yaml <c>number_styles</c>): thousands separators or not, the decimals (rounded
/// half-up), which trailing zeros are dropped, and what a zero prints as. E.g. 9,101.68, 4,614, 867.50, 0 with thousands and whole numbers trimmed.
/// </summary>
public sealed record NumberStyle(bool Thousands, int Decimals, ZeroTrimming Trim, string Zero)
{
    public string Format(decimal value)
    {
        var rounded = Amounts.RoundHalfUp(value, Decimals);
        if (rounded == 0) return Zero;
        var whole = rounded == decimal.Truncate(rounded);
        var decimals = Trim switch
        {
            ZeroTrimming.All => new string('#', Decimals),
            ZeroTrimming.Integer when whole => "",
            _ => new string('0', Decimals),
        };
        var pattern = (Thousands ? "#,##0" : "0") + (decimals.Length > 0 ? "." + decimals : "");
        return rounded.ToString(pattern, CultureInfo.InvariantCulture);
    }
}

/// <summary>How a printed total relates to its printed items (pack.yaml <c>totals</c>).</summary>
public enum TotalsConvention
{
    /// <summary>The exact total, rounded (it may differ by a cent from the sum of the rounded items).</summary>
    RoundedSum,
    /// <summary>The sum of the items as rounded for display (the printed total always equals the printed items' sum).</summary>
    SumOfRounded,
}
