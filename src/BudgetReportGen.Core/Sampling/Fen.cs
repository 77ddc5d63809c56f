using System.Globalization;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Sampling;

/// <summary>
/// Amounts while a sample is built: whole fen (0.01 元) in a <see cref="long"/>, so every sum is exact; each amount is a multiple
/// of the department's <see cref="Grain"/> (how precisely its file writes amounts). Turned into the file's unit only at the end.
/// </summary>
internal sealed class Fen(Random random, long grain, AmountUnit unit)
{
    /// <summary>The smallest step of an amount, in fen: 10 000 (万元 with 2 decimals), 100 (万元 with 4, or whole 元), 1 (元 with 2).</summary>
    public long Grain { get; } = grain;

    /// <summary>A random amount between two sums in 元, a multiple of the grain and never 0.</summary>
    public long Between(long minYuan, long maxYuan)
    {
        var low = Math.Max(1, minYuan * 100 / Grain);
        var high = Math.Max(low, maxYuan * 100 / Grain);
        return random.NextInt64(low, high + 1) * Grain;
    }

    /// <summary>At most <paramref name="share"/> of an amount, rounded down to the grain.</summary>
    public long Part(long amount, decimal share) => (long)(amount * share) / Grain * Grain;

    /// <summary>Splits <paramref name="total"/> into up to <paramref name="parts"/> positive multiples of the grain (fewer when the total is too small).</summary>
    public IReadOnlyList<long> Split(long total, int parts)
    {
        var units = total / Grain;
        if (units <= 0 || parts <= 0) return total > 0 ? [total] : [];
        parts = (int)Math.Min(parts, units);
        var cuts = new SortedSet<long>();
        while (cuts.Count < parts - 1) cuts.Add(random.NextInt64(1, units));
        var result = new List<long>(parts);
        var previous = 0L;
        foreach (var cut in cuts.Append(units))
        {
            result.Add((cut - previous) * Grain);
            previous = cut;
        }
        result[^1] += total - units * Grain; // nothing, as long as the total is a multiple of the grain
        return result;
    }

    /// <summary>The amount as the file writes it: 元 with 2 decimals, or 万元 with 2 to 6 decimals (exact to the fen).</summary>
    public decimal InUnit(long fen) => ToUnit(fen, unit);

    public static decimal ToUnit(long fen, AmountUnit unit)
    {
        if (unit == AmountUnit.Yuan) return fen * 0.01m;
        var tenThousands = fen / 1_000_000m;
        var trimmed = decimal.Parse(tenThousands.ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return trimmed + 0.00m; // at least two decimals, as budget tables are written
    }
}
