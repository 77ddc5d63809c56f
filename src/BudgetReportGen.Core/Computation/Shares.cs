namespace BudgetReportGen.Core.Computation;

/// <summary>
/// Percentages of a whole that add up to exactly 100 at the printed precision (the largest-remainder rule, also called
/// Hamilton's method): each share is cut down to the precision, then the hundredths still missing go one each to the shares
/// with the largest cut-off remainders (the earlier one first on a tie). Each share is within one unit of the last place
/// of its exact value. The one place this rule lives: charts' slices and stacked bars use it.
/// </summary>
public static class Shares
{
    /// <summary>
    /// The percentages of <paramref name="values"/> (none negative, at least one above zero) to <paramref name="decimals"/>
    /// places, adding up to exactly 100.
    /// </summary>
    public static decimal[] LargestRemainder(IReadOnlyList<decimal> values, int decimals = 2)
    {
        if (values.Any(v => v < 0)) throw new ArgumentException("Shares of a whole need values of zero or more.", nameof(values));
        var total = values.Sum();
        if (total <= 0) throw new ArgumentException("Shares need a whole above zero.", nameof(values));
        var unit = 1m / Pow10(decimals); // 0.01
        var exact = values.Select(v => v / total * 100m).ToArray();
        var shares = exact.Select(e => Math.Floor(e / unit) * unit).ToArray();
        var missing = (int)Math.Round((100m - shares.Sum()) / unit);
        var order = Enumerable.Range(0, values.Count)
            .OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i)
            .Take(missing);
        foreach (var i in order) shares[i] += unit;
        return shares;
    }

    private static decimal Pow10(int decimals) => decimals switch
    {
        < 0 or > 8 => throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "0 to 8 decimals."),
        _ => Enumerable.Repeat(10m, decimals).Aggregate(1m, (a, b) => a * b),
    };
}
