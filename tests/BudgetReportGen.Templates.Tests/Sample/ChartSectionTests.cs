using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>
/// The 图解 option of both standard packs: off by default (no chart), on it places the charts after the overall explanation,
/// with values equal to the figures the tables print (exact), shares adding to 100.00, and labels as the text prints numbers.
/// Checked on the samples and on generated departments.
/// </summary>
public class ChartSectionTests
{
    private static readonly string[] Packs = ["templates/liaoning-2023", "templates/shanghai-putuo-2025"];
    private static readonly Dictionary<string, ReportGenerator> Generators =
        Packs.ToDictionary(p => p, p => ReportGenerator.Load(RepoFiles.PathOf(p)));

    private static ReportGenerator ChartsOn(string pack) => Generators[pack].WithOptions([new("图解", "true")]);

    private static List<Chart> Charts(Document document) => document.Blocks.OfType<ChartBlock>().Select(c => c.Chart).ToList();

    private static (BudgetFigures Figures, Document Document) Sample(string pack, bool charts)
    {
        var data = pack.Contains("shanghai") ? "data/examples/shanghai-putuo-government-office-2025.yaml" : "data/examples/anshan-social-insurance-2023.yaml";
        var generator = charts ? ChartsOn(pack) : Generators[pack];
        var (validation, document) = generator.Render(RepoFiles.PathOf(data), new CheckOptions());
        return (validation.Figures!, document ?? throw new InvalidOperationException(string.Join("; ", validation.Diagnostics.Select(d => d.Message))));
    }

    [Theory]
    [InlineData("templates/liaoning-2023")]
    [InlineData("templates/shanghai-putuo-2025")]
    public void The_option_is_off_by_default_and_then_there_is_no_chart(string pack)
    {
        Assert.False(Generators[pack].Pack.Options["图解"]);
        Assert.Empty(Charts(Sample(pack, charts: false).Document));
    }

    [Theory]
    [InlineData("templates/liaoning-2023")]
    [InlineData("templates/shanghai-putuo-2025")]
    public void On_the_sample_the_charts_are_numbered_and_the_composition_equals_the_functional_table(string pack)
    {
        var (figures, document) = Sample(pack, charts: true);
        var charts = Charts(document);
        Assert.True(charts.Count >= 3, $"{charts.Count} charts");
        Assert.Equal(Enumerable.Range(1, charts.Count).Select(n => $"图{n} "), charts.Select(c => c.Title[..(c.Title.IndexOf(' ') + 1)]));
        var scale = Generators[pack].Pack.ScaleFrom(figures.Data.Unit);
        var composition = charts.First(c => c.Kind is ChartKind.Ring or ChartKind.Pie);
        var classes = figures.Functional.Classes.Where(c => c.Total != 0).ToList();
        Assert.Equal(classes.Select(c => c.Name), composition.Categories);
        Assert.Equal(classes.Select(c => c.Total * scale), composition.Series[0].Points.Select(p => p.Value));
        Assert.Equal(figures.Functional.Sum.Total * scale, composition.Series[0].Points.Sum(p => p.Value));
        Assert.Equal(100.00m, composition.Series[0].Points.Sum(p => p.Share));
        Assert.Contains(composition.Categories[0], composition.Description);

        var stacked = charts.Single(c => c.Kind == ChartKind.StackedBar);
        Assert.Equal(["基本支出", "项目支出"], stacked.Series.Select(s => s.Name));
        Assert.Equal(figures.Functional.Sum.Basic * scale, stacked.Series[0].Points.Sum(p => p.Value));
        Assert.Equal(figures.Functional.Sum.Project * scale, stacked.Series[1].Points.Sum(p => p.Value));

        var bar = charts.First(c => c.Kind == ChartKind.Bar);
        Assert.Contains(figures.FiscalTotal.Amount * scale, bar.Series[^1].Points.Select(p => p.Value));
        Assert.Contains(figures.FiscalTotal.Change.LastYear!.Value * scale, bar.Series[0].Points.Select(p => p.Value));
    }

    [Fact]
    public void Labels_print_numbers_as_the_narrative_does()
    {
        var (figures, document) = Sample("templates/liaoning-2023", charts: true);
        var ring = Charts(document).First();
        var first = figures.Functional.Classes.First(c => c.Total != 0);
        var point = ring.Series[0].Points[0];
        Assert.Equal($"{Amounts.FormatText(first.Total)}万元，{Amounts.FormatPercent(point.Share!.Value)}%", point.Label);
        Assert.StartsWith("图1 2023年支出预算构成", ring.Title);
        Assert.Equal("万元", ring.Unit);

        var (_, shanghai) = Sample("templates/shanghai-putuo-2025", charts: true);
        // Shanghai's text style: thousands separators, whole numbers without decimals (9,101.68万元, 4,614万元).
        Assert.All(Charts(shanghai).SelectMany(c => c.Series).SelectMany(s => s.Points),
            p => Assert.Matches(@"^[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{2})?万元", p.Label));
    }

    [Theory]
    [InlineData("templates/liaoning-2023")]
    [InlineData("templates/shanghai-putuo-2025")]
    public void Generated_departments_render_with_charts_that_agree_with_their_figures(string pack)
    {
        var generator = ChartsOn(pack);
        var samples = new DepartmentGenerator(generator.Catalog, new SampleOptions { Year = generator.Pack.Year });
        for (var i = 0; i < 40; i++)
        {
            var data = samples.Generate(7, i);
            var figures = FigureCalculator.Compute(data, generator.Catalog);
            var document = generator.Pack.Render(figures, data.Unit);
            var scale = generator.Pack.ScaleFrom(data.Unit);
            foreach (var chart in Charts(document))
            {
                Assert.All(chart.Series, s => Assert.Equal(chart.Categories.Count, s.Points.Count));
                if (chart.Kind is ChartKind.Pie or ChartKind.Ring)
                {
                    Assert.Equal(100.00m, chart.Series[0].Points.Sum(p => p.Share));
                    Assert.Equal(figures.Functional.Sum.Total * scale, chart.Series[0].Points.Sum(p => p.Value));
                }
                if (chart.Kind == ChartKind.StackedBar)
                    for (var c = 0; c < chart.Categories.Count; c++)
                        if (chart.Series.Sum(s => s.Points[c].Value) > 0) Assert.Equal(100.00m, chart.Series.Sum(s => s.Points[c].Share));
            }
            if (figures.Functional.Sum.Total == 0)
                Assert.DoesNotContain(Charts(document), c => c.Kind is ChartKind.Pie or ChartKind.Ring);
        }
    }

    [Fact]
    public void The_same_data_gives_the_same_charts_twice()
    {
        var first = Charts(Sample("templates/liaoning-2023", charts: true).Document);
        var second = Charts(Sample("templates/liaoning-2023", charts: true).Document);
        Assert.Equal(first.Select(c => c.Description), second.Select(c => c.Description));
        Assert.Equal(first.SelectMany(c => c.Series).SelectMany(s => s.Points), second.SelectMany(c => c.Series).SelectMany(s => s.Points));
    }

    [Fact]
    public void Unknown_option_or_value_is_refused_in_chinese()
    {
        var unknown = Assert.Throws<TemplateException>(() => Generators[Packs[0]].WithOptions([new("图表", "true")]));
        Assert.Contains("没有选项“图表”；可用选项：图解", unknown.Message);
        var value = Assert.Throws<TemplateException>(() => Generators[Packs[0]].WithOptions([new("图解", "maybe")]));
        Assert.Contains("应为 true 或 false", value.Message);
    }
}
