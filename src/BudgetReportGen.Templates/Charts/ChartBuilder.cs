using System.Globalization;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Templates.Charts;

/// <summary>
/// Computes everything a chart prints from a part's spec: the values in the chart's unit (exact, as the tables' figures before
/// rounding), each label in the pack's number style with the unit ("2575.37万元，45.12%"), the shares by the largest-remainder rule
/// and the text alternative. What cannot be drawn (a composition of nothing, a negative slice or bar) becomes a sentence instead,
/// so valid data never stops a report.
/// </summary>
internal static class ChartBuilder
{
    /// <param name="spec">The chart as the part wrote it, values in the data's unit.</param>
    /// <param name="number">The figure number, printed as "图N ".</param>
    /// <param name="scale">From the data's unit to the chart's.</param>
    /// <param name="unit">The chart's unit as printed (万元).</param>
    /// <param name="format">The number style of the labels.</param>
    /// <returns>A chart block, or a paragraph saying why there is no chart (the figure number is then not used).</returns>
    public static (Block Block, bool Drawn) Build(ChartSpec spec, int number, decimal scale, string unit, Func<decimal, string> format)
    {
        var title = $"图{number.ToString(CultureInfo.InvariantCulture)} {spec.Title}";
        var series = spec.Series.Select(s => (s.Name, Values: s.Values.Select(v => v * scale).ToList())).ToList();
        if (spec.Kind is ChartKind.Pie or ChartKind.Ring)
        {
            // Zero slices are invisible: leave them out (the text alternative lists what is drawn).
            var kept = Enumerable.Range(0, spec.Categories.Count).Where(i => series[0].Values[i] != 0).ToList();
            var values = kept.Select(i => series[0].Values[i]).ToList();
            if (values.Count == 0 || values.Any(v => v < 0)) return (NotDrawn(spec), false);
            var shares = Shares.LargestRemainder(values);
            var categories = kept.Select(i => spec.Categories[i]).ToList();
            var points = values.Select((v, i) => new ChartPoint(v, $"{format(v)}{unit}，{Amounts.FormatPercent(shares[i])}%", shares[i])).ToList();
            var description = $"{title}：合计{format(values.Sum())}{unit}，其中" +
                string.Join("；", categories.Select((c, i) => $"{c}{format(values[i])}{unit}，占{Amounts.FormatPercent(shares[i])}%")) + "。";
            return (new ChartBlock(new Chart(spec.Kind, title, unit, categories, [new ChartSeries(series[0].Name, points)], description)), true);
        }
        if (series.SelectMany(s => s.Values).Any(v => v < 0) || series.SelectMany(s => s.Values).All(v => v == 0)) return (NotDrawn(spec), false);
        var count = spec.Categories.Count;
        var stacked = spec.Kind == ChartKind.StackedBar;
        // A stacked bar's shares are of its category's total (each category adding to 100.00); a category of zero has none.
        var categoryShares = Enumerable.Range(0, count).Select(i =>
        {
            var column = series.Select(s => s.Values[i]).ToList();
            return stacked && column.Sum() > 0 ? Shares.LargestRemainder(column) : null;
        }).ToList();
        var chartSeries = series.Select((s, k) => new ChartSeries(s.Name, s.Values.Select((v, i) => categoryShares[i] is { } shares
            ? new ChartPoint(v, $"{format(v)}{unit}，{Amounts.FormatPercent(shares[k])}%", shares[k])
            : new ChartPoint(v, $"{format(v)}{unit}")).ToList())).ToList();
        // A stacked bar's words leave out its empty segments ("合计114.05万元，其中基本支出114.05万元（占100.00%）").
        string Phrase(ChartSeries s, int i) =>
            $"{s.Name}{format(s.Points[i].Value)}{unit}" + (s.Points[i].Share is { } share ? $"（占{Amounts.FormatPercent(share)}%）" : "");
        var groups = Enumerable.Range(0, count).Select(i => (stacked ? $"{spec.Categories[i]}合计{format(series.Sum(s => s.Values[i]))}{unit}，其中" : spec.Categories[i])
            + string.Join("、", (stacked ? chartSeries.Where(s => s.Points[i].Value != 0) : chartSeries).DefaultIfEmpty(chartSeries[0]).Select(s => Phrase(s, i))));
        return (new ChartBlock(new Chart(spec.Kind, title, unit, spec.Categories, chartSeries, $"{title}：{string.Join("；", groups)}。")), true);
    }

    private static Paragraph NotDrawn(ChartSpec spec) =>
        new(spec.Empty is { Length: > 0 } sentence ? sentence : $"{spec.Title}：没有可以绘制的数据，不绘制此图。");
}
