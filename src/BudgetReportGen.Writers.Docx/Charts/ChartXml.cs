using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;
using Index = DocumentFormat.OpenXml.Drawing.Charts.Index;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Drawing.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The DrawingML chart part (c:chartSpace) of a <see cref="M.Chart"/>, drawn as the shared layout draws it in HTML and PDF
/// (<see cref="ChartLayout"/>): a pie or doughnut (ring) from twelve o'clock with a legend beside it listing each category with
/// its label, or horizontal bars (clustered, or stacked with overlap 100) with the first category at the top, the series'
/// legend above and each bar's label beside or inside it. Series cache the categories and the exact values and point into
/// the embedded workbook (<see cref="ChartWorkbook"/>), so Word and LibreOffice draw it without the workbook and Word can edit
/// it. Labels are the engine's text (custom rich text); slices or series take the style's palette; text is in the table-body
/// font; flat, no 3-D, no shadows, no title (the caption paragraph above carries it).
/// </summary>
internal static class ChartXml
{
    private const uint CategoryAxisId = 110001;
    private const uint ValueAxisId = 110002;
    private const string GridColour = "D9D9D9";
    private const string AxisColour = "808080";
    private const string TextColour = "000000";
    private const string TextOnFillColour = "FFFFFF";

    /// <summary>
    /// The chart as Word shows it: a pie's or ring's categories carry their labels ("社会保障和就业支出  3323.72万元，88.07%"), as
    /// the legend of the HTML and PDF drawing lists them, since a Word legend shows only the category.
    /// </summary>
    public static M.Chart AsShown(M.Chart chart) => chart.Kind is ChartKind.Pie or ChartKind.Ring
        ? chart with { Categories = chart.Categories.Select((c, i) => $"{c}  {chart.Series[0].Points[i].Label}").ToList() }
        : chart;

    /// <param name="labelledInside">The labels a stacked segment has room for (the others are left out: Word cannot put a stacked
    /// segment's label beside it, and a label wider than its segment would run over its neighbours).</param>
    public static ChartSpace Build(M.Chart chart, ChartStyle colours, FontSpec font, string language, string workbookRelationshipId,
        IReadOnlySet<string> labelledInside)
    {
        var text = new Markup(chart, colours, font, language, labelledInside);
        var plotArea = new PlotArea();
        var round = chart.Kind is ChartKind.Pie or ChartKind.Ring;
        plotArea.Append(new Layout());
        if (round)
            plotArea.Append(text.Round());
        else
            plotArea.Append(text.Bars(), CategoryAxis(text), ValueAxis(text, chart));
        plotArea.Append(new ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())));

        var space = new ChartSpace(
            new Date1904 { Val = false },
            new EditingLanguage { Val = language },
            new RoundedCorners { Val = false },
            new DocumentFormat.OpenXml.Drawing.Charts.Chart(
                new AutoTitleDeleted { Val = true },
                plotArea,
                new Legend(new LegendPosition { Val = round ? LegendPositionValues.Right : LegendPositionValues.Top }, new Overlay { Val = false }, text.Properties()),
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
    private sealed class Markup(M.Chart chart, ChartStyle colours, FontSpec font, string language, IReadOnlySet<string> labelledInside)
    {
        /// <summary>A pie or doughnut: the one series, a coloured slice per category with a thin white edge, from twelve
        /// o'clock; no labels on the slices (the legend lists each category with its label).</summary>
        public OpenXmlElement Round()
        {
            var series = new PieChartSeries(new Index { Val = 0 }, new Order { Val = 0 }, SeriesName(0));
            for (var c = 0; c < chart.Categories.Count; c++)
                series.Append(new DataPoint(new Index { Val = (uint)c }, new Bubble3D { Val = false }, Fill(colours.Colour(c), "FFFFFF")));
            series.Append(new DataLabels(new Delete { Val = true }));
            series.Append(Categories(), Values(0));
            var start = new FirstSliceAngle { Val = 0 };
            if (chart.Kind == ChartKind.Pie) return new PieChart(new VaryColors { Val = true }, series, start);
            return new DoughnutChart(new VaryColors { Val = true }, series, start, new HoleSize { Val = 50 });
        }

        /// <summary>Horizontal bars: a series per bar colour, side by side or stacked; labels beside a bar, or inside a stacked segment.</summary>
        public OpenXmlElement Bars()
        {
            var stacked = chart.Kind == ChartKind.StackedBar;
            var bars = new BarChart(
                new BarDirection { Val = BarDirectionValues.Bar },
                new BarGrouping { Val = stacked ? BarGroupingValues.Stacked : BarGroupingValues.Clustered },
                new VaryColors { Val = false });
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = new BarChartSeries(new Index { Val = (uint)s }, new Order { Val = (uint)s }, SeriesName(s),
                    Fill(colours.Colour(s), null), new InvertIfNegative { Val = false });
                series.Append(Labels(s, stacked ? DataLabelPositionValues.Center : DataLabelPositionValues.OutsideEnd, stacked));
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
        /// series' defaults; a stacked segment only where its label fits inside it.</summary>
        private DataLabels Labels(int s, DataLabelPositionValues position, bool onFill)
        {
            var labels = new DataLabels();
            var points = chart.Series[s].Points;
            for (var c = 0; c < points.Count; c++)
            {
                var label = new DataLabel(new Index { Val = (uint)c });
                if (onFill && (points[c].Value == 0 || !labelledInside.Contains(points[c].Label)))
                    label.Append(new Delete { Val = true });
                else
                {
                    label.Append(new DocumentFormat.OpenXml.Drawing.Charts.ChartText(Rich(points[c].Label, onFill)), NoBox(), Properties(onFill),
                        new DataLabelPosition { Val = position });
                    label.Append(Shows());
                }
                labels.Append(label);
            }
            labels.Append(NoBox(), Properties(onFill), new DataLabelPosition { Val = position });
            labels.Append(Shows());
            return labels;
        }

        private static ChartShapeProperties NoBox() => new(new A.NoFill(), new A.Outline(new A.NoFill()));

        /// <summary>What a label shows: the value (replaced by the custom text), nothing else.</summary>
        private static OpenXmlElement[] Shows() =>
        [
            new ShowLegendKey { Val = false }, new ShowValue { Val = true }, new ShowCategoryName { Val = false },
            new ShowSeriesName { Val = false }, new ShowPercent { Val = false }, new ShowBubbleSize { Val = false },
        ];
    }

    private static CategoryAxis CategoryAxis(Markup text) => new(
        new AxisId { Val = CategoryAxisId },
        new Scaling(new Orientation { Val = OrientationValues.MaxMin }), // the first category at the top, as in HTML and PDF
        new Delete { Val = false },
        new AxisPosition { Val = AxisPositionValues.Left },
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

    /// <summary>The value axis along the bottom (it crosses the reversed category axis at its last category): from zero
    /// (unless a value is negative: bars that start elsewhere mislead), gridlines in light grey, "单位：…" as its title, whole
    /// numbers with thousands separators.</summary>
    private static ValueAxis ValueAxis(Markup text, M.Chart chart) => new(
        new AxisId { Val = ValueAxisId },
        chart.Series.SelectMany(s => s.Points).Any(p => p.Value < 0)
            ? new Scaling(new Orientation { Val = OrientationValues.MinMax })
            : new Scaling(new Orientation { Val = OrientationValues.MinMax }, new MinAxisValue { Val = 0 }),
        new Delete { Val = false },
        new AxisPosition { Val = AxisPositionValues.Bottom },
        new MajorGridlines(new ChartShapeProperties(Line(GridColour))),
        new Title(new DocumentFormat.OpenXml.Drawing.Charts.ChartText(text.Rich(chart.Unit.Length > 0 ? "单位：" + chart.Unit : "", horizontal: true)), new Overlay { Val = false }),
        new NumberingFormat { FormatCode = "#,##0", SourceLinked = false },
        new MajorTickMark { Val = TickMarkValues.None },
        new MinorTickMark { Val = TickMarkValues.None },
        new TickLabelPosition { Val = TickLabelPositionValues.NextTo },
        new ChartShapeProperties(new A.Outline(new A.NoFill())),
        text.Properties(),
        new CrossingAxis { Val = CategoryAxisId },
        new Crosses { Val = CrossesValues.Maximum },
        new CrossBetween { Val = CrossBetweenValues.Between });

    /// <summary>A solid fill of <paramref name="colour"/> ("#RRGGBB"), with a 0.75 pt edge when <paramref name="edge"/> is given.</summary>
    private static ChartShapeProperties Fill(string colour, string? edge) => edge is null
        ? new ChartShapeProperties(new A.SolidFill(Rgb(colour)))
        : new ChartShapeProperties(new A.SolidFill(Rgb(colour)), new A.Outline(new A.SolidFill(Rgb(edge))) { Width = 9525 });

    private static A.Outline Line(string colour) => new(new A.SolidFill(Rgb(colour))) { Width = 9525 };

    private static A.RgbColorModelHex Rgb(string colour) => new() { Val = colour.TrimStart('#').ToUpperInvariant() };
}
