namespace BudgetReportGen.Documents.Charts;

/// <summary>
/// Collects a chart's shapes top to bottom: a cursor <see cref="Y"/> where the next part starts, text in the table body's font
/// (the title in the caption's), and the simple wrapping of text into a width by the shared width estimate.
/// </summary>
internal sealed class ChartCanvas(DocumentStyle style, double width)
{
    public const string Black = "#000000";
    public const string White = "#FFFFFF";

    private readonly List<ChartShape> shapes = [];
    private readonly FontSpec label = style.Font(TextRole.TableBody);

    public double Width => width;

    /// <summary>Where the next part of the chart starts.</summary>
    public double Y { get; set; }

    public double LabelSize => label.SizePt;

    public double LineHeight => label.LineSpacingPt ?? label.SizePt * 1.3;

    /// <summary>The baseline of a label in a line of <see cref="LineHeight"/> starting at <paramref name="top"/>.</summary>
    public double Baseline(double top) => BaselineIn(top, LineHeight, LabelSize);

    /// <summary>The number of shapes so far: where to insert shapes that must be drawn under later ones (grid lines).</summary>
    public int Count => shapes.Count;

    public string Colour(int index) => style.ChartColours.Colour(index);

    public double TextWidth(string text) => ChartLayout.TextWidth(text, LabelSize);

    /// <summary>The title, centred, wrapped to the width, in the table caption's font; half a label line below it.</summary>
    public void Title(string title)
    {
        var spec = style.Font(TextRole.TableCaption);
        var lineHeight = spec.LineSpacingPt ?? spec.SizePt * 1.3;
        foreach (var line in ChartLayout.Wrap(title, spec.SizePt, width, int.MaxValue))
        {
            var w = ChartLayout.TextWidth(line, spec.SizePt);
            shapes.Add(new ChartText(line, width / 2, BaselineIn(Y, lineHeight, spec.SizePt), TextAnchor.Middle, TextRole.TableCaption,
                spec.Bold, spec.SizePt, Black, w));
            Y += lineHeight;
        }
        Y += LineHeight / 2;
    }

    public void Text(string text, double x, double baseline, TextAnchor anchor, string colour = Black) =>
        shapes.Add(new ChartText(text, x, baseline, anchor, TextRole.TableBody, label.Bold, LabelSize, colour, TextWidth(text)));

    public void Rect(double x, double y, double w, double h, string fill) => shapes.Add(new ChartRect(x, y, w, h, fill));

    public void Add(ChartShape shape) => shapes.Add(shape);

    public void Insert(int index, IEnumerable<ChartShape> under) => shapes.InsertRange(index, under);

    /// <summary>A small square of <paramref name="fill"/> sitting on the label line whose baseline is <paramref name="baseline"/>,
    /// returning where the text after it starts.</summary>
    public double Swatch(double x, double baseline, string fill)
    {
        var side = LabelSize * 0.8;
        Rect(x, baseline - side, side, side, fill);
        return x + side + LabelSize * 0.4;
    }

    public ChartDrawing ToDrawing() => new(width, Math.Ceiling(Y), shapes);

    private static double BaselineIn(double top, double lineHeight, double sizePt) => top + (lineHeight - sizePt) / 2 + sizePt * 0.88;
}
