using System.Globalization;

namespace BudgetReportGen.Documents.Charts;

/// <summary>
/// Refuses a chart the layout cannot draw truthfully. The engine never builds one, so each message says what is wrong with
/// which chart and that the chart's data (or the directive that placed it) must be fixed.
/// </summary>
internal static class ChartCheck
{
    public static void Validate(Chart chart, ChartStyle colours)
    {
        if (colours.Palette.Count == 0)
            throw new DocumentWriteException("样式的图表颜色（Charts）为空。请在模板包的样式文件中至少列出一种颜色，如 \"#1F4E79\"。");
        if (colours.Palette.FirstOrDefault(c => !IsColour(c)) is { } bad)
            throw new DocumentWriteException($"样式的图表颜色“{bad}”不是 #RRGGBB 形式的颜色。请在模板包的样式文件中改为如 \"#1F4E79\" 的写法。");
        if (chart.Categories.Count == 0) Fail(chart, "没有任何类别");
        if (chart.Series.Count == 0) Fail(chart, "没有任何数据系列");
        if (chart.Kind is ChartKind.Pie or ChartKind.Ring && chart.Series.Count != 1)
            Fail(chart, $"是饼图/环形图，应恰有 1 个数据系列，实有 {chart.Series.Count} 个");
        foreach (var series in chart.Series)
        {
            if (series.Points.Count != chart.Categories.Count)
                Fail(chart, $"的数据系列“{series.Name}”有 {series.Points.Count} 个数值，类别却有 {chart.Categories.Count} 个");
            for (var i = 0; i < series.Points.Count; i++)
                if (series.Points[i].Value < 0)
                    Fail(chart, $"中“{chart.Categories[i]}”（{series.Name}）为负数 {series.Points[i].Value.ToString(CultureInfo.InvariantCulture)}，图表只画非负数值");
        }
        if (chart.Kind is ChartKind.Pie or ChartKind.Ring && chart.Series[0].Points.All(p => p.Value == 0))
            Fail(chart, "的各项数值均为零，画不出构成");
    }

    private static bool IsColour(string colour) =>
        colour.Length == 7 && colour[0] == '#' && colour.Skip(1).All(char.IsAsciiHexDigit);

    private static void Fail(Chart chart, string problem) =>
        throw new DocumentWriteException($"图表“{chart.Title}”{problem}。请检查生成该图表的数据或模板中放置图表的指令（负数或全零的构成请改用表格列示）。");
}
