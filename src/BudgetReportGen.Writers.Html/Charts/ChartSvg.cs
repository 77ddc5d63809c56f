using System.Globalization;
using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Styles;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html;

/// <summary>
/// A chart as inline SVG (no script, no external file, no bitmap): the shared layout (<see cref="ChartLayout"/>) at the width of
/// the printed text, drawn shape by shape in points, with a &lt;title&gt; and a &lt;desc&gt; (the chart's text alternative) that
/// role="img" and aria-labelledby hand to screen readers. Numbers are written in invariant form with at most two decimals.
/// </summary>
public static class ChartSvg
{
    /// <summary>The chart with its title drawn above it, for a page of its own making (the bureau's index).</summary>
    public static string Render(Chart chart, DocumentStyle style) => Render(chart, style, "chart-" + StableId(chart), withTitle: true);

    /// <summary>The chart with the ids of its title and description starting with <paramref name="id"/>; without the drawn title
    /// when the page prints it as the figure's caption.</summary>
    internal static string Render(Chart chart, DocumentStyle style, string id, bool withTitle)
    {
        var drawing = ChartLayout.Lay(chart, style, style.Page.TextWidthPt(PageOrientation.Portrait), withTitle);
        var sb = new StringBuilder();
        var (w, h) = (Number(drawing.Width), Number(drawing.Height));
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"chart-svg\" width=\"").Append(w).Append("pt\" height=\"")
            .Append(h).Append("pt\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h).Append("\" role=\"img\" aria-labelledby=\"")
            .AppendAttribute(id).Append("-title ").AppendAttribute(id).Append("-desc\">\n");
        sb.Append("<title id=\"").AppendAttribute(id).Append("-title\">").AppendText(chart.Title).Append("</title>\n");
        sb.Append("<desc id=\"").AppendAttribute(id).Append("-desc\">").AppendText(chart.Description).Append("</desc>\n");
        sb.Append("<g");
        AppendFont(sb, style.Font(TextRole.TableBody), bold: false);
        sb.Append(">\n");
        foreach (var shape in drawing.Shapes) AppendShape(sb, shape, style);
        sb.Append("</g>\n</svg>");
        return sb.ToString();
    }

    private static void AppendShape(StringBuilder sb, ChartShape shape, DocumentStyle style)
    {
        switch (shape)
        {
            case ChartRect r:
                sb.Append("<rect x=\"").Append(Number(r.X)).Append("\" y=\"").Append(Number(r.Y)).Append("\" width=\"").Append(Number(r.Width))
                    .Append("\" height=\"").Append(Number(r.Height)).Append("\" fill=\"").AppendAttribute(r.Fill).Append("\"/>\n");
                break;
            case ChartLine l:
                sb.Append("<line x1=\"").Append(Number(l.X1)).Append("\" y1=\"").Append(Number(l.Y1)).Append("\" x2=\"").Append(Number(l.X2))
                    .Append("\" y2=\"").Append(Number(l.Y2)).Append("\" stroke=\"").AppendAttribute(l.Stroke).Append("\" stroke-width=\"")
                    .Append(Number(l.Thickness)).Append("\"/>\n");
                break;
            case ChartWedge wedge:
                sb.Append("<path d=\"").Append(WedgePath(wedge)).Append("\" fill=\"").AppendAttribute(wedge.Fill).Append("\" stroke=\"")
                    .AppendAttribute(wedge.Stroke).Append("\" stroke-width=\"0.75\" stroke-linejoin=\"round\"/>\n");
                break;
            case ChartText t:
                sb.Append("<text x=\"").Append(Number(t.X)).Append("\" y=\"").Append(Number(t.Baseline)).Append('"');
                if (t.Anchor != TextAnchor.Start) sb.Append(" text-anchor=\"").Append(t.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
                if (t.Role != TextRole.TableBody) AppendFont(sb, style.Font(t.Role) with { SizePt = t.SizePt }, t.Bold);
                if (t.Colour != "#000000") sb.Append(" fill=\"").AppendAttribute(t.Colour).Append('"');
                sb.Append('>').AppendText(t.Text).Append("</text>\n");
                break;
            default:
                throw new NotSupportedException($"Chart shape {shape.GetType().Name} has no SVG form.");
        }
    }

    /// <summary>The outline of a slice: arcs through the middle of the sweep, so none spans more than 180° and a whole disc
    /// (one category) is drawn too; a ring's inner edge runs back the other way, leaving the hole.</summary>
    private static string WedgePath(ChartWedge wedge)
    {
        var (start, end) = (wedge.StartAngle, wedge.StartAngle + wedge.SweepAngle);
        var middle = (start + end) / 2;
        var path = new StringBuilder();
        var r = Number(wedge.Radius);
        if (wedge.InnerRadius > 0)
        {
            path.Append('M').Append(Point(wedge, start, wedge.Radius));
            path.Append(" A").Append(r).Append(' ').Append(r).Append(" 0 0 1 ").Append(Point(wedge, middle, wedge.Radius));
            path.Append(" A").Append(r).Append(' ').Append(r).Append(" 0 0 1 ").Append(Point(wedge, end, wedge.Radius));
            var ri = Number(wedge.InnerRadius);
            path.Append(" L").Append(Point(wedge, end, wedge.InnerRadius));
            path.Append(" A").Append(ri).Append(' ').Append(ri).Append(" 0 0 0 ").Append(Point(wedge, middle, wedge.InnerRadius));
            path.Append(" A").Append(ri).Append(' ').Append(ri).Append(" 0 0 0 ").Append(Point(wedge, start, wedge.InnerRadius));
        }
        else
        {
            path.Append('M').Append(Number(wedge.CenterX)).Append(' ').Append(Number(wedge.CenterY));
            path.Append(" L").Append(Point(wedge, start, wedge.Radius));
            path.Append(" A").Append(r).Append(' ').Append(r).Append(" 0 0 1 ").Append(Point(wedge, middle, wedge.Radius));
            path.Append(" A").Append(r).Append(' ').Append(r).Append(" 0 0 1 ").Append(Point(wedge, end, wedge.Radius));
        }
        return path.Append(" Z").ToString();
    }

    private static string Point(ChartWedge wedge, double angle, double radius)
    {
        var (x, y) = wedge.PointAt(angle, radius);
        return Number(x) + " " + Number(y);
    }

    private static void AppendFont(StringBuilder sb, FontSpec spec, bool bold)
    {
        var families = new StringBuilder().AppendFontFamily(spec).ToString();
        sb.Append(" font-family=\"").AppendAttribute(families).Append("\" font-size=\"").Append(Number(spec.SizePt)).Append('"');
        if (bold) sb.Append(" font-weight=\"bold\"");
    }

    /// <summary>A coordinate: invariant, at most two decimals, no negative zero.</summary>
    private static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>An id from the chart's title and description (FNV-1a), the same in every run.</summary>
    private static string StableId(Chart chart)
    {
        var hash = 2166136261u;
        foreach (var c in chart.Title + "\n" + chart.Description)
            hash = (hash ^ c) * 16777619u;
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
