using System.Globalization;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// A chart, drawn as vector paths and selectable text from the shared layout (<see cref="ChartLayout"/>), the same shapes as the
/// HTML's SVG. It is kept whole: when it does not fit in the rest of a page it starts the next one.
/// </summary>
internal sealed class ChartElement(Chart chart, DocumentStyle style, TextFormats formats, LineBreaker breaker) : ILayoutElement
{
    private ChartDrawing? drawing;

    public Fit Measure(Space space)
    {
        if (drawing is null || drawing.Width != space.Width) drawing = ChartLayout.Lay(chart, style, space.Width);
        var laid = drawing;
        if (laid.Height > space.Height && !space.AtPageTop) return Fit.Nothing(this);
        return new Fit(Math.Min(laid.Height, space.Height), (context, top) => Draw(context, laid, top), null);
    }

    private void Draw(DrawContext context, ChartDrawing laid, double top)
    {
        var g = context.Graphics;
        var left = context.Left;
        foreach (var shape in laid.Shapes)
        {
            switch (shape)
            {
                case ChartRect r:
                    if (r.Width > 0 && r.Height > 0) g.DrawRectangle(new XSolidBrush(Colour(r.Fill)), left + r.X, top + r.Y, r.Width, r.Height);
                    break;
                case ChartLine l:
                    g.DrawLine(new XPen(Colour(l.Stroke), l.Thickness), left + l.X1, top + l.Y1, left + l.X2, top + l.Y2);
                    break;
                case ChartWedge w:
                    g.DrawPath(new XPen(Colour(w.Stroke), 0.75) { LineJoin = XLineJoin.Round }, new XSolidBrush(Colour(w.Fill)), WedgePath(w, left, top));
                    break;
                case ChartText t:
                    DrawText(g, t, left, top);
                    break;
                default:
                    throw new NotSupportedException($"Chart shape {shape.GetType().Name} has no PDF form.");
            }
        }
    }

    /// <summary>The text in its role's fonts, placed by its anchor with its real width (so it sits where the SVG's does).</summary>
    private void DrawText(XGraphics g, ChartText text, double left, double top)
    {
        var format = formats.For(text.Role, text.Bold);
        var line = breaker.Break([format.Run(text.Text)], double.MaxValue, double.MaxValue)[0];
        var width = line.NaturalWidth;
        var x = left + text.Anchor switch
        {
            TextAnchor.Middle => text.X - width / 2,
            TextAnchor.End => text.X - width,
            _ => text.X,
        };
        LineDrawer.Draw(g, line, x, width, top + text.Baseline, Alignment.Left, new XSolidBrush(Colour(text.Colour)));
    }

    /// <summary>The slice's outline: arcs through the middle of the sweep (none over 180°, a whole disc works too); a ring's
    /// inner edge runs back the other way, leaving the hole. The same path as the SVG's.</summary>
    private static XGraphicsPath WedgePath(ChartWedge wedge, double left, double top)
    {
        XPoint At(double angle, double radius)
        {
            var (x, y) = wedge.PointAt(angle, radius);
            return new XPoint(left + x, top + y);
        }
        var (start, end) = (wedge.StartAngle, wedge.StartAngle + wedge.SweepAngle);
        var middle = (start + end) / 2;
        var outer = new XSize(wedge.Radius, wedge.Radius);
        var path = new XGraphicsPath();
        if (wedge.InnerRadius > 0)
        {
            var inner = new XSize(wedge.InnerRadius, wedge.InnerRadius);
            path.AddArc(At(start, wedge.Radius), At(middle, wedge.Radius), outer, 0, false, XSweepDirection.Clockwise);
            path.AddArc(At(middle, wedge.Radius), At(end, wedge.Radius), outer, 0, false, XSweepDirection.Clockwise);
            path.AddLine(At(end, wedge.Radius), At(end, wedge.InnerRadius));
            path.AddArc(At(end, wedge.InnerRadius), At(middle, wedge.InnerRadius), inner, 0, false, XSweepDirection.Counterclockwise);
            path.AddArc(At(middle, wedge.InnerRadius), At(start, wedge.InnerRadius), inner, 0, false, XSweepDirection.Counterclockwise);
        }
        else
        {
            var centre = new XPoint(left + wedge.CenterX, top + wedge.CenterY);
            path.AddLine(centre, At(start, wedge.Radius));
            path.AddArc(At(start, wedge.Radius), At(middle, wedge.Radius), outer, 0, false, XSweepDirection.Clockwise);
            path.AddArc(At(middle, wedge.Radius), At(end, wedge.Radius), outer, 0, false, XSweepDirection.Clockwise);
        }
        path.CloseFigure();
        return path;
    }

    /// <summary>"#RRGGBB" as a colour.</summary>
    private static XColor Colour(string hex) =>
        XColor.FromArgb(int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
