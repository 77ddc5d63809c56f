namespace BudgetReportGen.Documents.Charts;

/// <summary>
/// A horizontal bar chart: a row per category, its name (wrapped, at most three lines) right-aligned before the axis; a bar per
/// series (side by side) or the series stacked in one bar. A bar's label follows its end; a stacked segment's label sits inside
/// it when it fits, else in a line under the bar after a swatch of its colour. Above the plot the series legend (more than one
/// series) and the unit; below it the value axis with round ticks and light vertical grid lines.
/// </summary>
internal static class BarLayout
{
    private const string Grid = "#D9D9D9";

    public static void Lay(ChartCanvas canvas, Chart chart)
    {
        var stacked = chart.Kind == ChartKind.StackedBar;
        var size = canvas.LabelSize;
        if (chart.Series.Count > 1) SeriesLegend(canvas, chart);

        var ticks = ChartAxis.Ticks(chart.MaxValue);
        var tickLabels = ticks.Select(t => ChartAxis.Format(t, ticks)).ToList();
        var nameRoom = Math.Min(chart.Categories.Max(canvas.TextWidth), canvas.Width * 0.25);
        var names = chart.Categories.Select(n => ChartLayout.Wrap(n, size, nameRoom, 3)).ToList();
        var plotLeft = names.SelectMany(l => l).Max(canvas.TextWidth) + size;
        var labelRoom = stacked ? 0 : chart.Series.SelectMany(s => s.Points).Max(p => canvas.TextWidth(p.Label)) + size / 2;
        var plotRight = canvas.Width - Math.Max(labelRoom, canvas.TextWidth(tickLabels[^1]) / 2 + 1);
        plotRight = Math.Max(plotRight, plotLeft + canvas.Width * 0.2);
        var scale = (plotRight - plotLeft) / (double)ticks[^1];

        if (chart.Unit.Length > 0)
        {
            canvas.Text("单位：" + chart.Unit, canvas.Width, canvas.Baseline(canvas.Y), TextAnchor.End);
            canvas.Y += canvas.LineHeight;
        }
        var plotTop = canvas.Y;
        var under = canvas.Count;
        var barHeight = size * (stacked ? 1.8 : 1.4);
        var padding = size * 0.6;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var top = canvas.Y + padding;
            var barsHeight = stacked ? barHeight : chart.Series.Count * barHeight;
            var namesHeight = names[c].Count * canvas.LineHeight;
            var rowHeight = Math.Max(barsHeight, namesHeight);
            var barsTop = top + (rowHeight - barsHeight) / 2;
            var nameTop = top + (rowHeight - namesHeight) / 2;
            foreach (var line in names[c])
            {
                canvas.Text(line, plotLeft - size / 2, canvas.Baseline(nameTop), TextAnchor.End);
                nameTop += canvas.LineHeight;
            }
            var extra = stacked ? Stack(canvas, chart, c, plotLeft, barsTop, barHeight, scale) : Bars(canvas, chart, c, plotLeft, barsTop, barHeight, scale);
            canvas.Y = top + Math.Max(rowHeight, barsTop - top + barsHeight + extra) + padding;
        }
        var plotBottom = canvas.Y;

        var axis = new List<ChartShape>();
        for (var t = 1; t < ticks.Count; t++)
        {
            var x = plotLeft + (double)ticks[t] * scale;
            axis.Add(new ChartLine(x, plotTop, x, plotBottom, Grid, 0.5));
        }
        canvas.Insert(under, axis);
        canvas.Add(new ChartLine(plotLeft, plotTop, plotLeft, plotBottom, ChartCanvas.Black, 0.75));
        canvas.Add(new ChartLine(plotLeft, plotBottom, plotRight, plotBottom, ChartCanvas.Black, 0.75));
        for (var t = 0; t < ticks.Count; t++)
        {
            var x = plotLeft + (double)ticks[t] * scale;
            canvas.Add(new ChartLine(x, plotBottom, x, plotBottom + size / 3, ChartCanvas.Black, 0.75));
            canvas.Text(tickLabels[t], x, canvas.Baseline(plotBottom + size / 3), TextAnchor.Middle);
        }
        canvas.Y = plotBottom + size / 3 + canvas.LineHeight + canvas.LineHeight / 2;
    }

    /// <summary>A bar per series, its label after its end; returns the height added under the bars (none).</summary>
    private static double Bars(ChartCanvas canvas, Chart chart, int category, double left, double top, double height, double scale)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var point = chart.Series[s].Points[category];
            var width = (double)point.Value * scale;
            var y = top + s * height;
            // A hairline gap between the bars of a group keeps neighbouring colours apart.
            canvas.Rect(left, y, width, height - 1, canvas.Colour(s));
            canvas.Text(point.Label, left + width + canvas.LabelSize / 3, canvas.Baseline(y + (height - 1 - canvas.LineHeight) / 2), TextAnchor.Start);
        }
        return 0;
    }

    /// <summary>The series stacked in one bar (empty segments left out); labels inside their segment, or listed under the bar; returns the list's height.</summary>
    private static double Stack(ChartCanvas canvas, Chart chart, int category, double left, double top, double height, double scale)
    {
        var outside = new List<(int Series, string Label)>();
        var x = left;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var point = chart.Series[s].Points[category];
            if (point.Value == 0) continue; // an empty segment has nothing to draw or label
            var width = (double)point.Value * scale;
            canvas.Rect(x, top, width, height, canvas.Colour(s));
            if (canvas.TextWidth(point.Label) + canvas.LabelSize <= width)
                canvas.Text(point.Label, x + width / 2, canvas.Baseline(top + (height - canvas.LineHeight) / 2), TextAnchor.Middle, ChartCanvas.White);
            else
                outside.Add((s, point.Label));
            x += width;
        }
        if (outside.Count == 0) return 0;
        var lineTop = top + height + canvas.LabelSize / 3;
        var lines = Flow(canvas, outside.Select(o => (canvas.Colour(o.Series), o.Label)).ToList(), left, canvas.Width, lineTop);
        return canvas.LabelSize / 3 + lines * canvas.LineHeight;
    }

    /// <summary>The series' names after swatches of their colours, centred in lines across the width.</summary>
    private static void SeriesLegend(ChartCanvas canvas, Chart chart)
    {
        var items = chart.Series.Select((s, i) => (canvas.Colour(i), s.Name)).ToList();
        var lines = Flow(canvas, items, 0, canvas.Width, canvas.Y, centred: true);
        canvas.Y += lines * canvas.LineHeight + canvas.LabelSize / 3;
    }

    /// <summary>Swatch-and-text items in lines from <paramref name="left"/> to <paramref name="right"/>, starting at
    /// <paramref name="top"/>; returns the number of lines.</summary>
    private static int Flow(ChartCanvas canvas, IReadOnlyList<(string Colour, string Text)> items, double left, double right, double top, bool centred = false)
    {
        var size = canvas.LabelSize;
        double ItemWidth((string Colour, string Text) item) => size * 1.2 + canvas.TextWidth(item.Text);
        var lines = new List<List<(string Colour, string Text)>> { new() };
        var used = 0.0;
        foreach (var item in items)
        {
            var w = ItemWidth(item) + (lines[^1].Count > 0 ? size * 1.5 : 0);
            if (lines[^1].Count > 0 && used + w > right - left)
            {
                lines.Add([]);
                used = 0;
                w = ItemWidth(item);
            }
            lines[^1].Add(item);
            used += w;
        }
        foreach (var line in lines)
        {
            var lineWidth = line.Sum(ItemWidth) + (line.Count - 1) * size * 1.5;
            var x = centred ? left + (right - left - lineWidth) / 2 : left;
            foreach (var item in line)
            {
                var textX = canvas.Swatch(x, canvas.Baseline(top), item.Colour);
                canvas.Text(item.Text, textX, canvas.Baseline(top), TextAnchor.Start);
                x = textX + canvas.TextWidth(item.Text) + size * 1.5;
            }
            top += canvas.LineHeight;
        }
        return lines.Count;
    }
}
