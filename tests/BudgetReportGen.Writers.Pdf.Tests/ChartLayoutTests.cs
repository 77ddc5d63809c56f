using BudgetReportGen.Documents;
using BudgetReportGen.Documents.Charts;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>The shared chart layout (Documents.ChartLayout) that the HTML and PDF writers both draw.</summary>
public class ChartLayoutTests
{
    private static readonly DocumentStyle Style = DocumentStyle.Default;
    private static readonly double A4Width = Style.Page.TextWidthPt(PageOrientation.Portrait);
    private static readonly double SwatchSide = Style.Font(TextRole.TableBody).SizePt * 0.8;

    public static TheoryData<int, double> ChartsAndWidths()
    {
        var data = new TheoryData<int, double>();
        for (var i = 0; i < SampleCharts.All().Count; i++)
            foreach (var width in new[] { A4Width, 300, Style.Page.TextWidthPt(PageOrientation.Landscape) })
                data.Add(i, width);
        return data;
    }

    [Theory]
    [InlineData(3773.89, 1000, 4000)]
    [InlineData(6000, 2000, 6000)]
    [InlineData(0.5, 0.1, 0.5)]
    [InlineData(7, 2, 8)]
    [InlineData(1, 0.2, 1)]
    [InlineData(12345678.9, 5000000, 15000000)]
    public void Ticks_are_round_steps_from_zero_to_the_first_at_or_above_the_largest_value(double max, double step, double last)
    {
        var ticks = ChartAxis.Ticks((decimal)max);
        Assert.Equal(0m, ticks[0]);
        Assert.Equal((decimal)step, ticks[1]);
        Assert.Equal((decimal)last, ticks[^1]);
    }

    [Fact]
    public void Ticks_for_many_values_cover_the_maximum_with_a_1_2_5_step_and_at_most_six_ticks()
    {
        for (var max = 0.01m; max < 1_000_000_000m; max = max * 1.37m + 0.01m)
        {
            var ticks = ChartAxis.Ticks(max);
            var step = ticks[1] - ticks[0];
            Assert.True(ticks[^1] >= max && ticks[^1] - step < max, $"{max}: {string.Join(",", ticks)}");
            Assert.InRange(ticks.Count, 2, 6);
            var mantissa = step;
            while (mantissa >= 10) mantissa /= 10;
            while (mantissa < 1) mantissa *= 10;
            Assert.Contains(mantissa, new[] { 1m, 2m, 5m });
            Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.Equal(step, p.Second - p.First));
        }
    }

    [Fact]
    public void A_chart_of_zeros_gets_an_axis_of_zero_to_one_and_tick_labels_print_the_steps_decimals()
    {
        Assert.Equal([0m, 1m], ChartAxis.Ticks(0));
        var ticks = ChartAxis.Ticks(0.5m);
        Assert.Equal(["0.0", "0.1", "0.5"], new[] { ticks[0], ticks[1], ticks[^1] }.Select(t => ChartAxis.Format(t, ticks)));
        Assert.Equal("4000", ChartAxis.Format(4000m, ChartAxis.Ticks(3773.89m)));
    }

    [Fact]
    public void Bar_lengths_are_proportional_to_the_values_and_start_at_the_axis()
    {
        var chart = SampleCharts.Bar();
        var bars = Bars(ChartLayout.Lay(chart, Style, A4Width));
        var values = new[] { 0, 1, 2 }.SelectMany(c => chart.Series.Select(s => s.Points[c].Value)).ToList();
        Assert.Equal(values.Count, bars.Count);
        var perUnit = bars[0].Width / (double)values[0];
        for (var i = 0; i < bars.Count; i++)
        {
            Assert.Equal((double)values[i] * perUnit, bars[i].Width, 6);
            Assert.Equal(bars[0].X, bars[i].X, 6);
        }
        // Each category's bars in the series' colours, side by side.
        Assert.Equal([Style.ChartColours.Colour(0), Style.ChartColours.Colour(1)], bars.Take(2).Select(b => b.Fill));
        Assert.True(bars[1].Y > bars[0].Y);
    }

    [Fact]
    public void Stacked_segments_follow_each_other_with_lengths_proportional_to_the_values()
    {
        var chart = SampleCharts.StackedBar();
        var segments = Bars(ChartLayout.Lay(chart, Style, A4Width));
        Assert.Equal(4, segments.Count);
        var perUnit = segments[0].Width / (double)chart.Series[0].Points[0].Value;
        for (var c = 0; c < 2; c++)
        {
            var (first, second) = (segments[2 * c], segments[2 * c + 1]);
            Assert.Equal(first.Y, second.Y, 6);
            Assert.Equal(first.X + first.Width, second.X, 6);
            Assert.Equal((double)chart.Series[1].Points[c].Value * perUnit, second.Width, 6);
        }
    }

    [Fact]
    public void An_empty_stacked_segment_is_neither_drawn_nor_labelled()
    {
        var chart = new Chart(ChartKind.StackedBar, "图1 基本支出与项目支出", "万元", ["2023年"],
            [new ChartSeries("基本支出", [new ChartPoint(3066.38m, "3066.38万元，100.00%", 100.00m)]),
             new ChartSeries("项目支出", [new ChartPoint(0m, "0万元，0.00%", 0.00m)])],
            "2023年基本支出3066.38万元。");
        var drawing = ChartLayout.Lay(chart, Style, A4Width);
        Assert.Single(Bars(drawing));
        Assert.DoesNotContain(Texts(drawing), t => t.Text == "0万元，0.00%");
    }

    [Fact]
    public void The_value_axis_reaches_the_first_round_tick_above_the_largest_bar()
    {
        var drawing = ChartLayout.Lay(SampleCharts.Bar(), Style, A4Width);
        var labels = Texts(drawing).Select(t => t.Text).ToList();
        Assert.Equal(["0", "1000", "2000", "3000", "4000"], labels.Where(l => l.All(char.IsAsciiDigit)));
        var longest = Bars(drawing).Max(b => b.X + b.Width);
        var lastTick = Texts(drawing).Single(t => t.Text == "4000").X;
        Assert.InRange(longest, lastTick * 0.9, lastTick);
        Assert.Contains("单位：万元", labels);
    }

    [Theory]
    [InlineData(ChartKind.Pie)]
    [InlineData(ChartKind.Ring)]
    public void Slices_sum_to_360_degrees_in_proportion_to_the_values(ChartKind kind)
    {
        var chart = SampleCharts.Pie() with { Kind = kind };
        var wedges = ChartLayout.Lay(chart, Style, A4Width).Shapes.OfType<ChartWedge>().ToList();
        Assert.Equal(5, wedges.Count);
        Assert.Equal(360, wedges.Sum(w => w.SweepAngle), 9);
        var total = chart.Series[0].Points.Sum(p => p.Value);
        for (var i = 0; i < wedges.Count; i++)
        {
            Assert.Equal((double)(chart.Series[0].Points[i].Value / total) * 360, wedges[i].SweepAngle, 9);
            Assert.Equal(i == 0 ? 0 : wedges[i - 1].StartAngle + wedges[i - 1].SweepAngle, wedges[i].StartAngle, 9);
            Assert.Equal(Style.ChartColours.Colour(i), wedges[i].Fill);
        }
        Assert.Equal(kind == ChartKind.Ring, wedges[0].InnerRadius > 0);
        Assert.True(wedges[0].InnerRadius < wedges[0].Radius);
    }

    [Fact]
    public void Every_category_and_label_of_a_pie_is_in_its_legend_even_a_tiny_slice()
    {
        var chart = SampleCharts.TinySliceLongNames();
        var drawing = ChartLayout.Lay(chart, Style, A4Width);
        var texts = Texts(drawing).Select(t => t.Text).ToList();
        foreach (var point in chart.Series[0].Points) Assert.Contains(point.Label, texts);
        Assert.Contains("极小的一项", texts);
        var tiny = drawing.Shapes.OfType<ChartWedge>().ElementAt(2);
        Assert.InRange(tiny.SweepAngle, 0.01, 0.1);
        // The long names are wrapped into legend lines that together spell the whole name.
        var joined = string.Concat(texts);
        Assert.Contains(chart.Categories[0], joined);
        Assert.DoesNotContain(chart.Categories[0], texts);
    }

    [Fact]
    public void Long_category_names_on_the_bar_axis_wrap_to_at_most_three_lines_and_end_with_an_ellipsis_when_cut()
    {
        var lines = ChartLayout.Wrap("一般公共服务支出（含人大事务、政协事务、政府办公厅（室）及相关机构事务）", 9, 60, 3);
        Assert.Equal(3, lines.Count);
        Assert.EndsWith("…", lines[^1]);
        Assert.All(lines, l => Assert.True(ChartLayout.TextWidth(l, 9) <= 60, l));
        var whole = ChartLayout.Wrap("社会保障和就业支出（人员）", 9, 60, 3);
        Assert.Equal("社会保障和就业支出（人员）", string.Concat(whole));
        Assert.All(whole, l => Assert.False(l.EndsWith('（') || l.StartsWith('）'), l));
        Assert.Equal(["2575.37万"], ChartLayout.Wrap("2575.37万", 9, 100, 3));
    }

    [Theory]
    [MemberData(nameof(ChartsAndWidths))]
    public void Nothing_is_drawn_outside_the_charts_box(int index, double width)
    {
        var drawing = ChartLayout.Lay(SampleCharts.All()[index], Style, width);
        Assert.Equal(width, drawing.Width);
        const double tolerance = 0.01;
        foreach (var shape in drawing.Shapes)
        {
            var (left, top, right, bottom) = Box(shape);
            Assert.True(left >= -tolerance && top >= -tolerance && right <= width + tolerance && bottom <= drawing.Height + tolerance,
                $"{shape} is outside {width}×{drawing.Height}");
        }
    }

    [Theory]
    [MemberData(nameof(ChartsAndWidths))]
    public void No_two_text_items_overlap(int index, double width)
    {
        var texts = Texts(ChartLayout.Lay(SampleCharts.All()[index], Style, width)).ToList();
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (Box(texts[i]), Box(texts[j]));
                var overlaps = a.Left < b.Right - 0.1 && b.Left < a.Right - 0.1 && a.Top < b.Bottom - 0.1 && b.Top < a.Bottom - 0.1;
                Assert.False(overlaps, $"“{texts[i].Text}” overlaps “{texts[j].Text}”");
            }
    }

    [Fact]
    public void Text_uses_the_table_caption_font_for_the_title_and_the_table_body_font_for_everything_else()
    {
        var texts = Texts(ChartLayout.Lay(SampleCharts.Pie(), Style, A4Width)).ToList();
        Assert.Equal(TextRole.TableCaption, texts[0].Role);
        Assert.Equal(SampleCharts.Pie().Title, texts[0].Text);
        Assert.Equal(Style.Font(TextRole.TableCaption).SizePt, texts[0].SizePt);
        Assert.All(texts.Skip(1), t => Assert.Equal(TextRole.TableBody, t.Role));
        Assert.DoesNotContain(Texts(ChartLayout.Lay(SampleCharts.Pie(), Style, A4Width, withTitle: false)), t => t.Role == TextRole.TableCaption);
    }

    [Fact]
    public void A_negative_value_is_refused_with_a_chinese_message_naming_the_chart_and_category()
    {
        var bar = SampleCharts.Bar();
        var negative = bar with { Series = [bar.Series[0] with { Points = [new(-5m, "-5.00万元"), .. bar.Series[0].Points.Skip(1)] }, bar.Series[1]] };
        var error = Assert.Throws<DocumentWriteException>(() => ChartLayout.Lay(negative, Style, A4Width));
        Assert.Contains(bar.Title, error.Message);
        Assert.Contains("基本支出", error.Message);
        Assert.Contains("负数", error.Message);
    }

    [Fact]
    public void A_pie_of_zeros_or_with_points_missing_is_refused()
    {
        var pie = SampleCharts.Pie();
        var zeros = pie with { Series = [new ChartSeries("2023年", pie.Categories.Select(_ => new ChartPoint(0m, "0.00万元", 0m)).ToList())] };
        Assert.Contains("均为零", Assert.Throws<DocumentWriteException>(() => ChartLayout.Lay(zeros, Style, A4Width)).Message);
        var short_ = pie with { Series = [new ChartSeries("2023年", pie.Series[0].Points.Take(3).ToList())] };
        Assert.Contains("3 个数值", Assert.Throws<DocumentWriteException>(() => ChartLayout.Lay(short_, Style, A4Width)).Message);
        var twoSeries = pie with { Series = [pie.Series[0], pie.Series[0]] };
        Assert.Contains("恰有 1 个数据系列", Assert.Throws<DocumentWriteException>(() => ChartLayout.Lay(twoSeries, Style, A4Width)).Message);
    }

    [Theory]
    [InlineData("#1F4E7")]
    [InlineData("blue")]
    [InlineData("#GGGGGG")]
    public void A_palette_colour_not_in_rrggbb_form_is_refused_naming_it(string colour)
    {
        var style = Style with { Charts = new ChartStyle(["#1F4E79", colour]) };
        var error = Assert.Throws<DocumentWriteException>(() => ChartLayout.Lay(SampleCharts.Bar(), style, A4Width));
        Assert.Contains($"“{colour}”", error.Message);
        Assert.Contains("#RRGGBB", error.Message);
    }

    [Fact]
    public void A_chart_without_a_unit_prints_no_unit_line()
    {
        var texts = Texts(ChartLayout.Lay(SampleCharts.Bar() with { Unit = "" }, Style, A4Width)).Select(t => t.Text);
        Assert.DoesNotContain(texts, t => t.StartsWith("单位"));
    }

    /// <summary>The bars (or segments), leaving out the legend's swatches.</summary>
    private static List<ChartRect> Bars(ChartDrawing drawing) =>
        drawing.Shapes.OfType<ChartRect>().Where(r => !(Math.Abs(r.Width - SwatchSide) < 1e-9 && Math.Abs(r.Height - SwatchSide) < 1e-9)).ToList();

    private static IEnumerable<ChartText> Texts(ChartDrawing drawing) => drawing.Shapes.OfType<ChartText>();

    private static (double Left, double Top, double Right, double Bottom) Box(ChartShape shape) => shape switch
    {
        ChartRect r => (r.X, r.Y, r.X + r.Width, r.Y + r.Height),
        ChartLine l => (Math.Min(l.X1, l.X2), Math.Min(l.Y1, l.Y2), Math.Max(l.X1, l.X2), Math.Max(l.Y1, l.Y2)),
        ChartWedge w => (w.CenterX - w.Radius, w.CenterY - w.Radius, w.CenterX + w.Radius, w.CenterY + w.Radius),
        ChartText t => (t.Left, t.Top, t.Left + t.Width, t.Bottom),
        _ => throw new ArgumentException(shape.ToString()),
    };
}
