namespace BudgetReportGen.Documents.Charts;

/// <summary>
/// A pie or ring: the disc, and beside it a legend listing every category with a swatch of its colour and its label (value and
/// share) right-aligned, so no slice is too small for its label; the two centred together in the width. Slices run clockwise
/// from twelve o'clock in the order of the categories, their angles from the exact values; a thin white line separates them.
/// </summary>
internal static class PieLayout
{
    /// <summary>The hole of a ring as a fraction of its radius.</summary>
    private const double RingHole = 0.55;

    public static void Lay(ChartCanvas canvas, Chart chart)
    {
        var size = canvas.LabelSize;
        var diameter = Math.Min(canvas.Width * 0.36, 180);
        var gutter = size * 3;
        var (legendWidth, legend) = Legend(canvas, chart, canvas.Width - diameter - gutter);
        var entryGap = size * 0.3;
        var legendHeight = legend.Sum(e => e.Lines.Count) * canvas.LineHeight + (legend.Count - 1) * entryGap;
        var height = Math.Max(diameter, legendHeight);
        var top = canvas.Y;
        var left = (canvas.Width - diameter - gutter - legendWidth) / 2;

        var radius = diameter / 2;
        var (cx, cy) = (left + radius, top + height / 2);
        var points = chart.Series[0].Points;
        var total = points.Sum(p => p.Value);
        var before = 0m;
        for (var i = 0; i < points.Count; i++)
        {
            var start = (double)(before / total) * 360;
            before += points[i].Value;
            var end = (double)(before / total) * 360;
            if (end > start)
                canvas.Add(new ChartWedge(cx, cy, radius, chart.Kind == ChartKind.Ring ? radius * RingHole : 0, start, end - start,
                    canvas.Colour(i), ChartCanvas.White));
        }

        var legendLeft = left + diameter + gutter;
        var y = top + (height - legendHeight) / 2;
        foreach (var (index, lines) in legend)
        {
            var x = canvas.Swatch(legendLeft, canvas.Baseline(y), canvas.Colour(index));
            foreach (var (name, label) in lines)
            {
                if (name.Length > 0) canvas.Text(name, x, canvas.Baseline(y), TextAnchor.Start);
                if (label.Length > 0) canvas.Text(label, legendLeft + legendWidth, canvas.Baseline(y), TextAnchor.End);
                y += canvas.LineHeight;
            }
            y += entryGap;
        }
        canvas.Y = top + height + canvas.LineHeight / 2;
    }

    /// <summary>The legend's width (what its entries need, at most <paramref name="room"/>) and each category's lines: the name and
    /// the label on one line when both fit, else the name wrapped (at most three lines) and the label on a line of its own.</summary>
    private static (double Width, List<(int Index, List<(string Name, string Label)> Lines)> Entries) Legend(
        ChartCanvas canvas, Chart chart, double room)
    {
        var size = canvas.LabelSize;
        var swatch = size * 1.2;
        var gap = size * 2;
        var labels = chart.Series[0].Points.Select(p => p.Label).ToList();
        var width = Math.Min(room, chart.Categories.Select((name, i) => swatch + canvas.TextWidth(name) + gap + canvas.TextWidth(labels[i])).Max());
        width = Math.Max(width, swatch + labels.Max(canvas.TextWidth));
        var entries = new List<(int, List<(string, string)>)>();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var name = chart.Categories[i];
            List<(string, string)> lines = swatch + canvas.TextWidth(name) + gap + canvas.TextWidth(labels[i]) <= width
                ? [(name, labels[i])]
                : ChartLayout.Wrap(name, size, width - swatch, 3).Select(l => (l, "")).Append(("", labels[i])).ToList();
            entries.Add((i, lines));
        }
        return (width, entries);
    }
}
