using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// Where a pie or ring sits in its chart and how far its labels move so that none covers another. The plot area is fixed
/// (a square centred under a small top margin, above the legend's rows), so the writer knows where each slice's label
/// falls: outside the pie at the slice's middle angle, or on the middle of the ring. Labels on each side (right half,
/// left half) are then spread vertically to at least a label's height apart, moving as little as they can; each
/// label's move is given as a fraction of the chart's height, the unit of a data label's manual layout ("factor" mode:
/// an offset from where Word and LibreOffice would put it).
/// </summary>
/// <param name="X">Left of the plot area, fraction of the chart's width.</param>
/// <param name="Y">Top of the plot area, fraction of the chart's height.</param>
/// <param name="Width">Width of the plot area, fraction of the chart's width.</param>
/// <param name="Height">Height of the plot area, fraction of the chart's height.</param>
/// <param name="LabelOffsets">Each point's vertical label move, fraction of the chart's height (0: where it falls).</param>
internal sealed record RoundLayout(double X, double Y, double Width, double Height, IReadOnlyList<double> LabelOffsets)
{
    private const double MarginFraction = 0.04;
    private const double LineFactor = 1.4;

    public static RoundLayout For(Chart chart, double widthPt, double heightPt, double fontPt, double startAngleDegrees)
    {
        var legendWidth = chart.Categories.Sum(c => ChartLayout.TextWidth(c, fontPt) + 2.5 * fontPt);
        var legendRows = Math.Max(1, (int)Math.Ceiling(legendWidth / (widthPt * 0.9)));
        var top = MarginFraction * heightPt;
        var bottom = legendRows * fontPt * LineFactor + fontPt + MarginFraction * heightPt;
        var diameter = Math.Max(fontPt, Math.Min(heightPt - top - bottom, widthPt * 0.45));
        var radius = diameter / 2;
        var centreY = top + radius;

        var pie = chart.Kind == ChartKind.Pie;
        var gap = fontPt * (pie ? LineFactor : 1.8); // a ring's labels are boxed
        var points = chart.Series[0].Points;
        var total = points.Sum(p => Math.Max(0, p.Value));
        var natural = new double[points.Count];
        var right = new bool[points.Count];
        decimal before = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var share = total > 0 ? Math.Max(0, points[i].Value) / total : 0;
            var angle = (startAngleDegrees + (double)(before + share / 2) * 360) * Math.PI / 180;
            before += share;
            var distance = pie ? radius + fontPt * 0.7 : radius * 0.75;
            natural[i] = centreY - distance * Math.Cos(angle);
            right[i] = Math.Sin(angle) >= 0;
        }
        var placed = (double[])natural.Clone();
        foreach (var side in new[] { true, false })
            Spread(Enumerable.Range(0, points.Count).Where(i => right[i] == side).OrderBy(i => natural[i]).ToList(),
                placed, gap, top + diameter + gap / 2);
        return new RoundLayout(0.5 - diameter / widthPt / 2, top / heightPt, diameter / widthPt, diameter / heightPt,
            placed.Select((y, i) => (y - natural[i]) / heightPt).ToList());
    }

    /// <summary>Moves the labels <paramref name="order"/> (top to bottom) down until each is <paramref name="gap"/> below the
    /// one above, then back up from <paramref name="lowest"/> where that pushed them too low.</summary>
    private static void Spread(List<int> order, double[] y, double gap, double lowest)
    {
        for (var k = 1; k < order.Count; k++) y[order[k]] = Math.Max(y[order[k]], y[order[k - 1]] + gap);
        if (order.Count == 0 || y[order[^1]] <= lowest) return;
        y[order[^1]] = lowest;
        for (var k = order.Count - 2; k >= 0; k--) y[order[k]] = Math.Min(y[order[k]], y[order[k + 1]] - gap);
    }
}
