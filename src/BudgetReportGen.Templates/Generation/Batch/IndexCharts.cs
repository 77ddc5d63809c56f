using System.Net;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Charts;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// The charts of the bureau's index: the whole batch at a glance, from the departments' key figures (the same figures as the
/// index table): departments by total (the largest <see cref="TopCount"/>, the rest as 其他), basic against project spending,
/// 三公 by department, and this year against last year. Built as document charts, so the index draws them with the same
/// renderer as the reports (injected: this project does not reference the HTML writer).
/// </summary>
public static class IndexCharts
{
    /// <summary>How many departments a chart names; the others are summed as "其他（N个部门）".</summary>
    public const int TopCount = 10;

    /// <summary>The charts for the departments that were generated (none when none was).</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<DepartmentRecord> departments, string unit)
    {
        var done = departments.Where(d => d.Succeeded && d.Figures is not null)
            .Select(d => (Name: d.Department ?? d.Input, Figures: d.Figures!))
            .OrderByDescending(d => d.Figures.Total).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        var charts = new List<Chart>();
        void Add(ChartKind kind, string title, IReadOnlyList<string> categories, params (string Name, IReadOnlyList<decimal> Values)[] series)
        {
            if (categories.Count == 0) return;
            var spec = new ChartSpec(kind, title, null, null, null, categories, series);
            if (ChartBuilder.Build(spec, charts.Count + 1, 1m, unit, Format) is ({ } block, true)) charts.Add(((ChartBlock)block).Chart);
        }

        var byTotal = Top(done);
        Add(ChartKind.Bar, "各部门收支总预算", byTotal.Names, ("收支总预算", byTotal.Values(d => d.Figures.Total)));
        Add(ChartKind.StackedBar, "各部门基本支出和项目支出", byTotal.Names,
            ("基本支出", byTotal.Values(d => d.Figures.Basic)), ("项目支出", byTotal.Values(d => d.Figures.Project)));
        var threePublic = Top(done.Where(d => d.Figures.ThreePublic > 0).OrderByDescending(d => d.Figures.ThreePublic).ToList());
        Add(ChartKind.Bar, "各部门“三公”经费预算", threePublic.Names, ("“三公”经费", threePublic.Values(d => d.Figures.ThreePublic)));
        // Last year = this year − the change, for the departments whose data gives it (a new department has none).
        var compared = Top(done.Where(d => d.Figures.ChangeOnLastYear is { } c && d.Figures.Total - c >= 0).ToList());
        Add(ChartKind.Bar, "各部门收支总预算与上年比较", compared.Names,
            ("上年", compared.Values(d => d.Figures.Total - d.Figures.ChangeOnLastYear!.Value)), ("本年", compared.Values(d => d.Figures.Total)));
        return charts;
    }

    /// <summary>A chart as text, where no drawing is at hand: a figure with its caption and its text alternative.</summary>
    public static string TextFigure(Chart chart) =>
        $"<figure class=\"chart-text\"><figcaption>{WebUtility.HtmlEncode(chart.Title)}</figcaption><p>{WebUtility.HtmlEncode(chart.Description)}</p></figure>";

    private static string Format(decimal value) => value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first <see cref="TopCount"/> departments (in the order given) and the rest summed as one category.</summary>
    private static Ranking Top(IReadOnlyList<(string Name, KeyFigures Figures)> ordered) =>
        new(ordered.Count <= TopCount + 1 ? ordered : ordered.Take(TopCount).ToList(), ordered.Count <= TopCount + 1 ? [] : ordered.Skip(TopCount).ToList());

    private sealed record Ranking(IReadOnlyList<(string Name, KeyFigures Figures)> Named, IReadOnlyList<(string Name, KeyFigures Figures)> Others)
    {
        public IReadOnlyList<string> Names =>
            [.. Named.Select(d => d.Name), .. Others.Count > 0 ? new[] { $"其他（{Others.Count}个部门）" } : []];

        public IReadOnlyList<decimal> Values(Func<(string Name, KeyFigures Figures), decimal> value) =>
            [.. Named.Select(value), .. Others.Count > 0 ? new[] { Others.Sum(value) } : []];
    }
}
