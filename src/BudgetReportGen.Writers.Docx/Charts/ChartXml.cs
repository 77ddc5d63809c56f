using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;
using Index = DocumentFormat.OpenXml.Drawing.Charts.Index;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Drawing.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The DrawingML chart part (c:chartSpace) of a <see cref="M.Chart"/>: a pie, doughnut (ring) or column chart (clustered, or
/// stacked with overlap 100) whose series cache the categories and the exact values and point into the embedded workbook
/// (<see cref="ChartWorkbook"/>), so Word and LibreOffice draw it without the workbook and Word can edit it. Every point
/// carries its label as the engine printed it (a data label with custom rich text); slices or series take the style's
/// palette; text is in the table-body font; flat, no 3-D, no shadows, no title (the caption paragraph above carries it).
/// </summary>
internal static class ChartXml
{
    private const uint CategoryAxisId = 110001;
    private const uint ValueAxisId = 110002;
    private const string GridColour = "D9D9D9";
    private const string AxisColour = "808080";
    private const string TextColour = "000000";
    private const string TextOnFillColour = "FFFFFF";

    /// <param name="widthPt">The chart's width on the page (a pie's plot area and labels are placed for it).</param>
    /// <param name="heightPt">The chart's height on the page.</param>
    public static ChartSpace Build(M.Chart chart, ChartStyle colours, FontSpec font, string language, string workbookRelationshipId,
        double widthPt, double heightPt)
    {
        var text = new Markup(chart, colours, font, language);
        var plotArea = new PlotArea();
        if (chart.Kind is ChartKind.Pie or ChartKind.Ring)
        {
            var start = StartAngle(chart.Series[0].Points);
            var layout = RoundLayout.For(chart, widthPt, heightPt, font.SizePt, start);
            plotArea.Append(new Layout(new ManualLayout(
                new LayoutTarget { Val = LayoutTargetValues.Inner },
                new LeftMode { Val = LayoutModeValues.Edge }, new TopMode { Val = LayoutModeValues.Edge },
                new Left { Val = Math.Round(layout.X, 4) }, new Top { Val = Math.Round(layout.Y, 4) },
                new Width { Val = Math.Round(layout.Width, 4) }, new Height { Val = Math.Round(layout.Height, 4) })));
            plotArea.Append(text.Round(start, layout.LabelOffsets));
        }
        else
        {
            plotArea.Append(new Layout());
            plotArea.Append(text.Columns());
            plotArea.Append(CategoryAxis(text), ValueAxis(text, chart));
        }
        plotArea.Append(new ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())));

        var space = new ChartSpace(
            new Date1904 { Val = false },
            new EditingLanguage { Val = language },
            new RoundedCorners { Val = false },
            new DocumentFormat.OpenXml.Drawing.Charts.Chart(
                new AutoTitleDeleted { Val = true },
                plotArea,
                new Legend(new LegendPosition { Val = LegendPositionValues.Bottom }, new Overlay { Val = false }, text.Properties()),
                new PlotVisibleOnly { Val = true },
                new DisplayBlanksAs { Val = DisplayBlanksAsValues.Gap }),
            new ChartShapeProperties(new A.SolidFill(Rgb("FFFFFF")), new A.Outline(new A.NoFill())),
            text.Properties(),
            new ExternalData(new AutoUpdate { Val = false }) { Id = workbookRelationshipId });
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    /// <summary>The pieces of one chart's markup that need its data, palette and font.</summary>
    private sealed class Markup(M.Chart chart, ChartStyle colours, FontSpec font, string language)
    {
        /// <summary>A pie or doughnut: the one series, a coloured slice per category with a thin white edge, starting at
        /// <paramref name="startAngle"/>, each label moved down or up by its offset (fraction of the chart's height).</summary>
        public OpenXmlElement Round(ushort startAngle, IReadOnlyList<double> labelOffsets)
        {
            var series = new PieChartSeries(new Index { Val = 0 }, new Order { Val = 0 }, SeriesName(0));
            for (var c = 0; c < chart.Categories.Count; c++)
                series.Append(new DataPoint(new Index { Val = (uint)c }, new Bubble3D { Val = false }, Fill(colours.Colour(c), "FFFFFF")));
            // A pie's labels stand outside it, joined by leader lines; a doughnut's sit on the ring (it takes no position) and
            // are wider than it, so they are boxed.
            var pie = chart.Kind == ChartKind.Pie;
            series.Append(Labels(0, pie ? DataLabelPositionValues.OutsideEnd : null, pie ? LabelLook.Plain : LabelLook.Boxed, labelOffsets));
            series.Append(Categories(), Values(0));
            var start = new FirstSliceAngle { Val = startAngle };
            if (pie) return new PieChart(new VaryColors { Val = true }, series, start);
            return new DoughnutChart(new VaryColors { Val = true }, series, start, new HoleSize { Val = 50 });
        }

        /// <summary>Columns: a series per bar colour, side by side or stacked.</summary>
        public OpenXmlElement Columns()
        {
            var stacked = chart.Kind == ChartKind.StackedBar;
            var bars = new BarChart(
                new BarDirection { Val = BarDirectionValues.Column },
                new BarGrouping { Val = stacked ? BarGroupingValues.Stacked : BarGroupingValues.Clustered },
                new VaryColors { Val = false });
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = new BarChartSeries(new Index { Val = (uint)s }, new Order { Val = (uint)s }, SeriesName(s),
                    Fill(colours.Colour(s), null), new InvertIfNegative { Val = false });
                series.Append(Labels(s, stacked ? DataLabelPositionValues.Center : DataLabelPositionValues.OutsideEnd, stacked ? LabelLook.OnFill : LabelLook.Plain));
                series.Append(Categories(), Values(s));
                bars.Append(series);
            }
            bars.Append(new GapWidth { Val = (ushort)(stacked ? 60 : 80) });
            if (stacked) bars.Append(new Overlap { Val = 100 });
            bars.Append(new AxisId { Val = CategoryAxisId }, new AxisId { Val = ValueAxisId });
            return bars;
        }

        /// <summary>c:txPr: the table-body font (East Asian and Latin), its size, black (white on a fill), upright.</summary>
        public TextProperties Properties(bool onFill = false) => new(new A.BodyProperties(), new A.ListStyle(), Paragraph(onFill));

        /// <summary>c:rich: a custom text (a point's label, an axis title), its run in the same font and colour as
        /// <see cref="Properties"/> (LibreOffice takes a custom label's look from its run).</summary>
        public RichText Rich(string content, bool onFill = false, bool horizontal = false)
        {
            var body = new A.BodyProperties { Wrap = A.TextWrappingValues.None };
            if (horizontal) { body.Rotation = 0; body.Vertical = A.TextVerticalValues.Horizontal; }
            var paragraph = Paragraph(onFill);
            paragraph.InsertBefore(new A.Run(Character<A.RunProperties>(onFill), new A.Text(Runs.Clean(content))), paragraph.LastChild);
            return new RichText(body, new A.ListStyle(), paragraph);
        }

        private A.Paragraph Paragraph(bool onFill) => new(
            new A.ParagraphProperties(Character<A.DefaultRunProperties>(onFill)),
            new A.EndParagraphRunProperties { Language = language });

        /// <summary>The table-body font (East Asian and Latin) at its size, not bold, black or white.</summary>
        private T Character<T>(bool onFill) where T : A.TextCharacterPropertiesType, new()
        {
            var properties = new T { Language = language, FontSize = (int)Math.Round(font.SizePt * 100, MidpointRounding.AwayFromZero), Bold = false };
            properties.Append(
                new A.SolidFill(Rgb(onFill ? TextOnFillColour : TextColour)),
                new A.LatinFont { Typeface = font.LatinFamily },
                new A.EastAsianFont { Typeface = Styles.Formatting.Fonts(font).EastAsia!.Value },
                new A.ComplexScriptFont { Typeface = font.LatinFamily });
            return properties;
        }

        /// <summary>The series' name: c:tx pointing at its header cell, with the name cached.</summary>
        private SeriesText SeriesName(int s) => new(new StringReference(
            new Formula(ChartWorkbook.Range(s + 1, 1, 1)),
            new StringCache(new PointCount { Val = 1 }, new StringPoint(new NumericValue(Runs.Clean(chart.Series[s].Name))) { Index = 0 })));

        private CategoryAxisData Categories()
        {
            var cache = new StringCache(new PointCount { Val = (uint)chart.Categories.Count });
            for (var c = 0; c < chart.Categories.Count; c++)
                cache.Append(new StringPoint(new NumericValue(Runs.Clean(chart.Categories[c]))) { Index = (uint)c });
            return new CategoryAxisData(new StringReference(new Formula(ChartWorkbook.Range(0, 2, chart.Categories.Count + 1)), cache));
        }

        private Values Values(int s)
        {
            var cache = new NumberingCache(new FormatCode("General"), new PointCount { Val = (uint)chart.Categories.Count });
            for (var c = 0; c < chart.Categories.Count; c++)
                cache.Append(new NumericPoint(new NumericValue(ChartWorkbook.Number(chart.Series[s].Points[c].Value))) { Index = (uint)c });
            return new Values(new NumberReference(new Formula(ChartWorkbook.Range(s + 1, 2, chart.Categories.Count + 1)), cache));
        }

        /// <summary>Each point's own label (custom rich text: the engine's text, e.g. "2575.37万元，45.12%"), then the
        /// series' defaults. A doughnut takes no label position; a pie's labels outside it have leader lines. A pie's or
        /// ring's label may be moved up or down (<see cref="RoundLayout"/>) so that labels of small slices do not collide.</summary>
        private DataLabels Labels(int s, DataLabelPositionValues? position, LabelLook look, IReadOnlyList<double>? offsets = null)
        {
            var onFill = look == LabelLook.OnFill;
            var labels = new DataLabels();
            var points = chart.Series[s].Points;
            for (var c = 0; c < points.Count; c++)
            {
                var label = new DataLabel(new Index { Val = (uint)c });
                if (offsets is not null && Math.Abs(offsets[c]) > 1e-4)
                    label.Append(new Layout(new ManualLayout(new Left { Val = 0 }, new Top { Val = Math.Round(offsets[c], 4) })));
                label.Append(new DocumentFormat.OpenXml.Drawing.Charts.ChartText(Rich(points[c].Label, onFill)), LabelBox(look), Properties(onFill));
                if (position is { } p) label.Append(new DataLabelPosition { Val = p });
                label.Append(Shows());
                labels.Append(label);
            }
            labels.Append(LabelBox(look), Properties(onFill));
            if (position is { } q) labels.Append(new DataLabelPosition { Val = q });
            labels.Append(Shows());
            if (chart.Kind == ChartKind.Pie) labels.Append(new ShowLeaderLines { Val = true });
            return labels;
        }

        private static ChartShapeProperties LabelBox(LabelLook look) => look == LabelLook.Boxed
            ? new(new A.SolidFill(Rgb("FFFFFF")), Line(AxisColour))
            : new(new A.NoFill(), new A.Outline(new A.NoFill()));

        /// <summary>What a label shows: the value (replaced by the custom text), nothing else.</summary>
        private static OpenXmlElement[] Shows() =>
        [
            new ShowLegendKey { Val = false }, new ShowValue { Val = true }, new ShowCategoryName { Val = false },
            new ShowSeriesName { Val = false }, new ShowPercent { Val = false }, new ShowBubbleSize { Val = false },
        ];
    }

    /// <summary>How a data label stands out: black text beside the shape, white text on its fill, or black text in a white box
    /// with a grey edge (where it straddles fill and background).</summary>
    private enum LabelLook { Plain, OnFill, Boxed }

    /// <summary>
    /// Where the first slice starts, clockwise from 12 o'clock. A composition lists its largest parts first, so its small
    /// slices come last, side by side, and their labels would collide above the centre; the chart turns so that the run of
    /// small slices (under 10 % each) at the end is centred on 3 o'clock, where their labels stack one above the other.
    /// </summary>
    internal static ushort StartAngle(IReadOnlyList<ChartPoint> points)
    {
        var total = points.Sum(p => Math.Max(0, p.Value));
        if (total <= 0) return 0;
        decimal tail = 0;
        for (var i = points.Count - 1; i >= 0 && Math.Max(0, points[i].Value) / total < 0.1m; i--) tail += Math.Max(0, points[i].Value) / total;
        if (tail == 0 || tail == 1) return 0;
        return (ushort)(Math.Round(90 + tail * 180, MidpointRounding.AwayFromZero) % 360);
    }

    private static CategoryAxis CategoryAxis(Markup text) => new(
        new AxisId { Val = CategoryAxisId },
        new Scaling(new Orientation { Val = OrientationValues.MinMax }),
        new Delete { Val = false },
        new AxisPosition { Val = AxisPositionValues.Bottom },
        new NumberingFormat { FormatCode = "General", SourceLinked = true },
        new MajorTickMark { Val = TickMarkValues.None },
        new MinorTickMark { Val = TickMarkValues.None },
        new TickLabelPosition { Val = TickLabelPositionValues.NextTo },
        new ChartShapeProperties(Line(AxisColour)),
        text.Properties(),
        new CrossingAxis { Val = ValueAxisId },
        new Crosses { Val = CrossesValues.AutoZero },
        new AutoLabeled { Val = true },
        new LabelAlignment { Val = LabelAlignmentValues.Center },
        new LabelOffset { Val = 100 },
        new NoMultiLevelLabels { Val = false });

    /// <summary>The value axis: from zero (unless a value is negative: bars that start elsewhere mislead), gridlines in light
    /// grey, the unit as its title, whole numbers with thousands separators.</summary>
    private static ValueAxis ValueAxis(Markup text, M.Chart chart) => new(
        new AxisId { Val = ValueAxisId },
        chart.Series.SelectMany(s => s.Points).Any(p => p.Value < 0)
            ? new Scaling(new Orientation { Val = OrientationValues.MinMax })
            : new Scaling(new Orientation { Val = OrientationValues.MinMax }, new MinAxisValue { Val = 0 }),
        new Delete { Val = false },
        new AxisPosition { Val = AxisPositionValues.Left },
        new MajorGridlines(new ChartShapeProperties(Line(GridColour))),
        new Title(new DocumentFormat.OpenXml.Drawing.Charts.ChartText(text.Rich(chart.Unit, horizontal: true)), new Overlay { Val = false }),
        new NumberingFormat { FormatCode = "#,##0", SourceLinked = false },
        new MajorTickMark { Val = TickMarkValues.None },
        new MinorTickMark { Val = TickMarkValues.None },
        new TickLabelPosition { Val = TickLabelPositionValues.NextTo },
        new ChartShapeProperties(new A.Outline(new A.NoFill())),
        text.Properties(),
        new CrossingAxis { Val = CategoryAxisId },
        new Crosses { Val = CrossesValues.AutoZero },
        new CrossBetween { Val = CrossBetweenValues.Between });

    /// <summary>A solid fill of <paramref name="colour"/> ("#RRGGBB"), with a 0.75 pt edge when <paramref name="edge"/> is given.</summary>
    private static ChartShapeProperties Fill(string colour, string? edge) => edge is null
        ? new ChartShapeProperties(new A.SolidFill(Rgb(colour)))
        : new ChartShapeProperties(new A.SolidFill(Rgb(colour)), new A.Outline(new A.SolidFill(Rgb(edge))) { Width = 9525 });

    private static A.Outline Line(string colour) => new(new A.SolidFill(Rgb(colour))) { Width = 9525 };

    private static A.RgbColorModelHex Rgb(string colour) => new() { Val = colour.TrimStart('#').ToUpperInvariant() };
}
