using System.Net;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Charts;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// The charts of the bureau's index: the whole batch at a glance, from the departments' key figures (the same figures as the
/// index table): departments by total (the largest <see cref="TopCount"/>; the title says so when there are more, and the table
/// lists every one — a bar summing the rest would dwarf the named ones), basic against project spending,
/// 三公 by department, and this year against last year. Built as document charts, so the index draws them with the same
/// renderer as the reports (injected: this project does not reference the HTML writer).
/// </summary>
public static class IndexCharts
{
    /// <summary>How many departments a chart shows at most (the largest); the title then says "前N个".</summary>
    public const int TopCount = 20;

    /// <summary>The charts for the departments that were generated (none when none was).</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<DepartmentRecord> departments, string unit)
    {
        var done = departments.Where(d => d.Succeeded && d.Figures is not null)
            .Select(d => (Name: d.Department ?? d.Input, Figures: d.Figures!))
            .OrderByDescending(d => d.Figures.Total).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        var charts = new List<Chart>();
        void Add(ChartKind kind, string title, Ranking ranking, params (string Name, IReadOnlyList<decimal> Values)[] series)
        {
            var categories = ranking.Names;
            if (categories.Count == 0) return;
            if (ranking.Omitted > 0) title += $"（前{TopCount}个部门，共{TopCount + ranking.Omitted}个）";
            var spec = new ChartSpec(kind, title, null, null, null, categories, series);
            if (ChartBuilder.Build(spec, charts.Count + 1, 1m, unit, Format) is ({ } block, true)) charts.Add(((ChartBlock)block).Chart);
        }

        var byTotal = Top(done);
        Add(ChartKind.Bar, "各部门收支总预算", byTotal, ("收支总预算", byTotal.Values(d => d.Figures.Total)));
        Add(ChartKind.StackedBar, "各部门基本支出和项目支出", byTotal,
            ("基本支出", byTotal.Values(d => d.Figures.Basic)), ("项目支出", byTotal.Values(d => d.Figures.Project)));
        var threePublic = Top(done.Where(d => d.Figures.ThreePublic > 0).OrderByDescending(d => d.Figures.ThreePublic).ToList());
        Add(ChartKind.Bar, "各部门“三公”经费预算", threePublic, ("“三公”经费", threePublic.Values(d => d.Figures.ThreePublic)));
        // Last year = this year − the change, for the departments whose data gives it (a new department has none).
        var compared = Top(done.Where(d => d.Figures.ChangeOnLastYear is { } c && d.Figures.Total - c >= 0).ToList());
        Add(ChartKind.Bar, "各部门收支总预算与上年比较", compared,
            ("上年", compared.Values(d => d.Figures.Total - d.Figures.ChangeOnLastYear!.Value)), ("本年", compared.Values(d => d.Figures.Total)));
        return charts;
    }

    /// <summary>A chart as text, where no drawing is at hand: a figure with its caption and its text alternative.</summary>
    public static string TextFigure(Chart chart) =>
        $"<figure class=\"chart-text\"><figcaption>{WebUtility.HtmlEncode(chart.Title)}</figcaption><p>{WebUtility.HtmlEncode(chart.Description)}</p></figure>";

    private static string Format(decimal value) => value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first <see cref="TopCount"/> departments (in the order given) and how many more there are.</summary>
    private static Ranking Top(IReadOnlyList<(string Name, KeyFigures Figures)> ordered) =>
        new([.. ordered.Take(TopCount)], Math.Max(0, ordered.Count - TopCount));

    private sealed record Ranking(IReadOnlyList<(string Name, KeyFigures Figures)> Named, int Omitted)
    {
        public IReadOnlyList<string> Names => [.. Named.Select(d => d.Name)];

        public IReadOnlyList<decimal> Values(Func<(string Name, KeyFigures Figures), decimal> value) => [.. Named.Select(value)];
    }
}
