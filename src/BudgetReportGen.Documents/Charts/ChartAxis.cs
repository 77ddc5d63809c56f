using System.Globalization;

namespace BudgetReportGen.Documents.Charts;

/// <summary>The value axis: round ticks (steps of 1, 2 or 5 times a power of ten) from zero to at least the largest value.</summary>
public static class ChartAxis
{
    /// <summary>Ticks from 0 to the first multiple of the step at or above <paramref name="max"/>, at most about
    /// <paramref name="target"/> steps; 0 and 1 when there is nothing above zero.</summary>
    public static IReadOnlyList<decimal> Ticks(decimal max, int target = 5)
    {
        if (max <= 0) return [0m, 1m];
        var step = Step(max, target);
        var count = (int)Math.Ceiling(max / step);
        return Enumerable.Range(0, count + 1).Select(i => i * step).ToList();
    }

    /// <summary>A tick as printed: invariant digits, as many decimals as the step has (no trailing zeros of the arithmetic).</summary>
    public static string Format(decimal tick, IReadOnlyList<decimal> ticks)
    {
        var decimals = ticks.Count > 1 ? Decimals(ticks[1] - ticks[0]) : 0;
        return decimal.Round(tick, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    private static decimal Step(decimal max, int target)
    {
        var raw = max / target;
        var magnitude = 1m;
        while (magnitude * 10 <= raw) magnitude *= 10;
        while (magnitude > raw && magnitude > 0.0000001m) magnitude /= 10;
        foreach (var multiple in new[] { 1m, 2m, 5m, 10m })
            if (multiple * magnitude * target >= max) return multiple * magnitude;
        return 10 * magnitude;
    }

    private static int Decimals(decimal step)
    {
        var normal = step / 1.000000000000000000000000000000000m; // drops trailing zeros
        return Math.Max(0, (int)((decimal.GetBits(normal)[3] >> 16) & 0xFF));
    }
}
