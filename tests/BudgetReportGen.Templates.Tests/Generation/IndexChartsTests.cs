using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation.Batch;

namespace BudgetReportGen.Templates.Tests.Generation;

/// <summary>The bureau's index charts: built from the departments' key figures, drawn by the renderer the caller gives.</summary>
public class IndexChartsTests
{
    private static DepartmentRecord Department(int i, decimal total, decimal threePublic, decimal? change, bool ok = true) => new()
    {
        Input = $"d{i:00}.yaml",
        InputSha256 = "",
        Department = $"部门{i:00}",
        Year = 2023,
        Succeeded = ok,
        Figures = new KeyFigures(total, total * 0.75m, total * 0.25m, total, threePublic, change, null),
    };

    private static readonly IReadOnlyList<DepartmentRecord> Departments =
    [
        .. Enumerable.Range(1, 24).Select(i => Department(i, 100m * i, i % 3 == 0 ? 0m : i, i % 4 == 0 ? null : 10m)),
        Department(99, 1_000_000m, 5m, 0m, ok: false),
    ];

    [Fact]
    public void Departments_by_total_show_the_twenty_largest_in_order_and_the_title_says_how_many_there_are()
    {
        var charts = IndexCharts.Build(Departments, "万元");
        var byTotal = charts[0];
        // The failed department is not charted; the 24 generated ones are ranked and the largest 20 shown.
        Assert.Equal("图1 各部门收支总预算（前20个部门，共24个）", byTotal.Title);
        Assert.Equal([.. Enumerable.Range(5, 20).Reverse().Select(i => $"部门{i:00}")], byTotal.Categories);
        Assert.Equal([.. Enumerable.Range(5, 20).Reverse().Select(i => 100m * i)], byTotal.Series[0].Points.Select(p => p.Value));
        Assert.Equal("2,400.00万元", byTotal.Series[0].Points[0].Label);
    }

    [Fact]
    public void Basic_and_project_three_public_and_last_year_agree_with_the_key_figures()
    {
        var charts = IndexCharts.Build(Departments, "万元");
        Assert.Equal([ChartKind.Bar, ChartKind.StackedBar, ChartKind.Bar, ChartKind.Bar], charts.Select(c => c.Kind));
        var stacked = charts[1];
        Assert.Equal(["基本支出", "项目支出"], stacked.Series.Select(s => s.Name));
        Assert.Equal(charts[0].Categories, stacked.Categories);
        Assert.Equal(charts[0].Series[0].Points.Select(p => p.Value * 0.75m), stacked.Series[0].Points.Select(p => p.Value));
        Assert.Equal(charts[0].Series[0].Points.Select(p => p.Value * 0.25m), stacked.Series[1].Points.Select(p => p.Value));
        Assert.All(Enumerable.Range(0, stacked.Categories.Count), c => Assert.Equal(100.00m, stacked.Series.Sum(s => s.Points[c].Share)));

        var threePublic = charts[2];
        Assert.DoesNotContain("部门03", threePublic.Categories); // no 三公 budget: not charted
        Assert.Equal(Departments.Where(d => d.Succeeded && d.Figures!.ThreePublic > 0).OrderByDescending(d => d.Figures!.ThreePublic).Take(20)
            .Select(d => d.Figures!.ThreePublic), threePublic.Series[0].Points.Select(p => p.Value));

        var lastYear = charts[3];
        Assert.DoesNotContain("部门04", lastYear.Categories); // no last-year figure
        Assert.Equal(["上年", "本年"], lastYear.Series.Select(s => s.Name));
        Assert.Equal(2290m, lastYear.Series[0].Points[0].Value); // 部门24 has no last-year figure
        Assert.Equal(2300m, lastYear.Series[1].Points[0].Value);
    }

    [Fact]
    public void The_index_page_draws_every_chart_with_the_given_renderer_before_the_table()
    {
        var drawn = new List<Chart>();
        var html = IndexPage.Html(new BatchInfo("1.0", "p", "模板包", "1", "万元"), Departments, chart => { drawn.Add(chart); return $"<svg id=\"c{drawn.Count}\"></svg>"; });
        Assert.Equal(IndexCharts.Build(Departments, "万元").Select(c => c.Description), drawn.Select(c => c.Description));
        Assert.True(html.IndexOf("<svg id=\"c4\">", StringComparison.Ordinal) < html.IndexOf("<table id=\"departments\">", StringComparison.Ordinal));
        Assert.Equal(IndexPage.Html(new BatchInfo("1.0", "p", "模板包", "1", "万元"), Departments, IndexCharts.TextFigure),
            IndexPage.Html(new BatchInfo("1.0", "p", "模板包", "1", "万元"), Departments, IndexCharts.TextFigure));
    }

    [Fact]
    public void No_generated_department_gives_no_chart_and_the_text_fallback_escapes()
    {
        Assert.Empty(IndexCharts.Build([Department(1, 5m, 0m, null, ok: false)], "万元"));
        var figure = IndexCharts.TextFigure(new Chart(ChartKind.Bar, "图1 <b>", "万元", ["甲"], [new ChartSeries("s", [new ChartPoint(1m, "1")])], "a & b"));
        Assert.Equal("<figure class=\"chart-text\"><figcaption>图1 &lt;b&gt;</figcaption><p>a &amp; b</p></figure>", figure);
    }
}
