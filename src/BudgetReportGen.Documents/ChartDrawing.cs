namespace BudgetReportGen.Documents;

/// <summary>
/// A chart laid out as writer-neutral primitives in points, y growing downwards from the top-left corner of a
/// <see cref="Width"/> × <see cref="Height"/> box. Every writer draws the shapes in order and nothing else, so the HTML and the
/// PDF chart look the same; see <see cref="ChartLayout"/>.
/// </summary>
public sealed record ChartDrawing(double Width, double Height, IReadOnlyList<ChartShape> Shapes);

/// <summary>One thing drawn in a chart.</summary>
public abstract record ChartShape;

/// <summary>A filled rectangle: a bar, a bar's segment or a legend swatch. Colours are "#RRGGBB".</summary>
public sealed record ChartRect(double X, double Y, double Width, double Height, string Fill) : ChartShape;

/// <summary>
/// A slice of a pie, or of a ring when <see cref="InnerRadius"/> is above zero. Angles are in degrees, measured clockwise
/// from twelve o'clock; a sweep of 360 is the whole disc. <see cref="Stroke"/> outlines it (the thin white gap between slices).
/// </summary>
public sealed record ChartWedge(
    double CenterX, double CenterY, double Radius, double InnerRadius, double StartAngle, double SweepAngle, string Fill, string Stroke) : ChartShape
{
    /// <summary>The point at <paramref name="angle"/> (degrees clockwise from twelve o'clock) and <paramref name="radius"/>.</summary>
    public (double X, double Y) PointAt(double angle, double radius)
    {
        var radians = angle * Math.PI / 180;
        return (CenterX + radius * Math.Sin(radians), CenterY - radius * Math.Cos(radians));
    }
}

/// <summary>A straight line: an axis, a tick or a grid line.</summary>
public sealed record ChartLine(double X1, double Y1, double X2, double Y2, string Stroke, double Thickness) : ChartShape;

/// <summary>Where a text item's <see cref="ChartText.X"/> is: its start, its middle or its end.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// One line of text, set in the font of <see cref="Role"/> at <see cref="SizePt"/>, on a baseline, anchored at
/// <see cref="X"/>. <see cref="Width"/> is the layout's estimate (<see cref="ChartLayout.TextWidth"/>): writers place the text by
/// its anchor, so a font a little narrower or wider than the estimate stays where the layout put it.
/// </summary>
public sealed record ChartText(
    string Text, double X, double Baseline, TextAnchor Anchor, TextRole Role, bool Bold, double SizePt, string Colour, double Width) : ChartShape
{
    public double Left => Anchor switch
    {
        TextAnchor.Middle => X - Width / 2,
        TextAnchor.End => X - Width,
        _ => X,
    };

    /// <summary>Set on a shape's fill (a label inside a stacked segment), in white.</summary>
    public bool OnFill => Colour == Charts.ChartCanvas.White;

    /// <summary>The top of the glyphs' box: Chinese glyphs fill about 0.88 em above the baseline and 0.12 em below.</summary>
    public double Top => Baseline - SizePt * 0.88;

    public double Bottom => Baseline + SizePt * 0.12;
}
