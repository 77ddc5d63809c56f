using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using M = BudgetReportGen.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>Charts become DrawingML chart parts with their data cached and a workbook embedded, drawn inline under a caption.</summary>
public class ChartTests(ITestOutputHelper output)
{
    private static readonly byte[] Bytes = DocxFixture.Bytes(ChartSamples.Document());

    [Fact]
    public void OpenXmlValidatorReportsNoErrors()
    {
        using var doc = DocxFixture.Open(Bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void EveryChartHasAPartWithItsCategoriesValuesAndSeriesCached()
    {
        using var doc = DocxFixture.Open(Bytes);
        var charts = ChartsInOrder(doc);
        Assert.Equal(ChartSamples.All().Count, charts.Count);
        foreach (var (chart, part) in ChartSamples.All().Zip(charts))
        {
            var space = part.ChartSpace!;
            var series = space.Descendants<OpenXmlCompositeElement>().Where(e => e.LocalName == "ser").ToList();
            Assert.Equal(chart.Series.Count, series.Count);
            for (var s = 0; s < series.Count; s++)
            {
                Assert.Equal(chart.Series[s].Name, series[s].GetFirstChild<C.SeriesText>()!.Descendants<C.NumericValue>().Single().Text);
                var categories = series[s].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text);
                Assert.Equal(Shown(chart), categories);
                var values = series[s].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>()
                    .Select(p => decimal.Parse(p.NumericValue!.Text, NumberStyles.Number, CultureInfo.InvariantCulture));
                Assert.Equal(chart.Series[s].Points.Select(p => p.Value), values);
                // A bar's labels are on the bars; a pie's or ring's are in its legend (the categories above), as in HTML and PDF.
                var labels = series[s].GetFirstChild<C.DataLabels>()!.Elements<C.DataLabel>()
                    .Select(l => string.Concat(l.Descendants<A.Text>().Select(t => t.Text)));
                Assert.Equal(IsRound(chart) ? [] : chart.Series[s].Points.Select(p => p.Value == 0 && chart.Kind == M.ChartKind.StackedBar ? "" : p.Label), labels);
            }
        }
    }

    [Fact]
    public void EachKindIsDrawnAsItsChartTypeInThePalettesColours()
    {
        using var doc = DocxFixture.Open(Bytes);
        var charts = ChartsInOrder(doc).Select(p => p.ChartSpace!).ToList();
        var palette = M.ChartStyle.Default;

        var pie = charts[0].Descendants<C.PieChart>().Single();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => palette.Colour(i).TrimStart('#')), SliceColours(pie));
        var ring = charts[1].Descendants<C.DoughnutChart>().Single();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => palette.Colour(i).TrimStart('#')), SliceColours(ring));

        var bar = charts[2].Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, bar.BarDirection!.Val!.Value); // horizontal, as HTML and PDF draw bars
        Assert.Equal(C.BarGroupingValues.Clustered, bar.BarGrouping!.Val!.Value);
        Assert.Equal([palette.Colour(0).TrimStart('#'), palette.Colour(1).TrimStart('#')], SeriesColours(bar));
        Assert.Single(charts[2].Descendants<C.CategoryAxis>());
        Assert.NotNull(charts[2].Descendants<C.ValueAxis>().Single().MajorGridlines);

        var stacked = charts[3].Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Stacked, stacked.BarGrouping!.Val!.Value);
        Assert.Equal(100, (int)stacked.GetFirstChild<C.Overlap>()!.Val!.Value);

        foreach (var space in charts)
        {
            Assert.Empty(space.Descendants<C.View3D>());
            Assert.Empty(space.Descendants<A.OuterShadow>());
            Assert.NotNull(space.Descendants<C.Legend>().SingleOrDefault());
            var ea = space.GetFirstChild<C.TextProperties>()!.Descendants<A.EastAsianFont>().Single();
            Assert.Equal(M.DocumentStyle.Default.Font(M.TextRole.TableBody).Families[0], ea.Typeface!.Value);
        }
    }

    [Fact]
    public void TheDrawingIsInlineAtTextWidthUnderItsCaptionWithTheDescriptionAsAltText()
    {
        using var doc = DocxFixture.Open(Bytes);
        var body = DocxFixture.Body(doc);
        var inlines = body.Descendants<DW.Inline>().ToList();
        var charts = ChartSamples.All();
        Assert.Equal(charts.Count, inlines.Count);
        Assert.Equal(inlines.Count, inlines.Select(i => i.DocProperties!.Id!.Value).Distinct().Count());
        var page = M.DocumentStyle.Default.Page;
        static long Twips(double mm) => (long)Math.Round(mm / 25.4 * 1440, MidpointRounding.AwayFromZero);
        var textWidthEmu = (Twips(page.WidthMm) - Twips(page.MarginLeftMm) - Twips(page.MarginRightMm)) * 635;
        for (var i = 0; i < charts.Count; i++)
        {
            Assert.Equal(charts[i].Description, inlines[i].DocProperties!.Description!.Value);
            Assert.Equal(textWidthEmu, inlines[i].Extent!.Cx!.Value);
            // As high as the shared layout draws the chart below its caption in HTML and PDF, so pages break alike.
            var height = M.ChartLayout.Lay(charts[i], M.DocumentStyle.Default, textWidthEmu / 635 / 20.0, withTitle: false).Height;
            Assert.InRange(inlines[i].Extent!.Cy!.Value, height * 20 * 635 - 635, height * 20 * 635 + 635);
            var paragraph = inlines[i].Ancestors<W.Paragraph>().Single();
            var caption = (W.Paragraph)paragraph.PreviousSibling()!;
            Assert.Equal(charts[i].Title, DocxFixture.Text(caption));
            Assert.Equal("TableCaption", DocxFixture.StyleId(caption));
            Assert.Equal(W.LineSpacingRuleValues.Auto, paragraph.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value);
        }
        var captionStyle = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "TableCaption");
        Assert.NotNull(captionStyle.StyleParagraphProperties!.KeepNext);
    }

    [Fact]
    public void EachChartEmbedsAWorkbookWithItsFigures()
    {
        using var doc = DocxFixture.Open(Bytes);
        foreach (var (chart, part) in ChartSamples.All().Zip(ChartsInOrder(doc)))
        {
            var external = part.ChartSpace!.GetFirstChild<C.ExternalData>()!;
            var embedded = (EmbeddedPackagePart)part.GetPartById(external.Id!.Value!);
            using var stream = embedded.GetStream();
            using var workbook = SpreadsheetDocument.Open(stream, false);
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, CellText);
            Assert.Equal(chart.Series[0].Name, cells["B1"]);
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                Assert.Equal(Shown(chart)[c], cells[$"A{c + 2}"]);
                for (var s = 0; s < chart.Series.Count; s++)
                    Assert.Equal(chart.Series[s].Points[c].Value, decimal.Parse(cells[$"{(char)('B' + s)}{c + 2}"], CultureInfo.InvariantCulture));
            }
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void SameDocumentGivesSameBytesWithFixedPartNames()
    {
        Assert.Equal(Bytes, DocxFixture.Bytes(ChartSamples.Document()));
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains($"word/charts/chart{n}.xml", names);
            Assert.Contains($"word/charts/_rels/chart{n}.xml.rels", names);
            Assert.Contains($"word/embeddings/chart{n}.xlsx", names);
        }
    }

    [Fact]
    public void LibreOfficeDrawsTheChartsWithTheirLabelsAndCategories()
    {
        LibreOffice.Require();
        var dir = DocxFixture.OutputDirectory();
        var docx = Path.Combine(dir, "charts.docx");
        File.WriteAllBytes(docx, Bytes);
        var pdf = LibreOffice.ConvertToPdf(docx, dir);
        output.WriteLine(pdf);
        // LibreOffice spaces Latin text from Chinese and wraps long labels: compare without white space.
        var text = Squeeze(string.Join("\n", LibreOffice.PageTexts(pdf)));
        foreach (var chart in ChartSamples.All())
        {
            Assert.Contains(Squeeze(chart.Title), text);
            foreach (var category in chart.Categories) Assert.Contains(Squeeze(category), text);
            foreach (var series in chart.Series)
            {
                Assert.Contains(Squeeze(series.Name), text);
                // A legend entry may wrap inside its label (beside the next entry's text): its figures are each whole.
                foreach (var point in series.Points.Where(p => p.Value != 0))
                    foreach (var piece in IsRound(chart) ? System.Text.RegularExpressions.Regex.Matches(point.Label, @"[\d,.]+%?").Select(m => m.Value) : [point.Label])
                        Assert.Contains(Squeeze(piece), text);
            }
        }
        Assert.Contains("万元", text); // the bar charts' value axis title
    }

    [Fact]
    public void LegendEntriesOfSmallSlicesDoNotOverlapInLibreOffice()
    {
        LibreOffice.Require();
        var dir = DocxFixture.OutputDirectory();
        foreach (var kind in new[] { M.ChartKind.Pie, M.ChartKind.Ring })
        {
            var chart = ChartSamples.ManySlices(kind);
            var docx = Path.Combine(dir, $"many-slices-{kind}.docx".ToLowerInvariant());
            var bytes = DocxFixture.Bytes(WithChart(chart));
            File.WriteAllBytes(docx, bytes);
            var pdf = LibreOffice.ConvertToPdf(docx, dir);
            var html = Path.ChangeExtension(pdf, ".bbox.html");
            BudgetReportGen.Tests.Shared.TestTools.Run("pdftotext", TimeSpan.FromMinutes(1), "-bbox", pdf, html);
            // Every legend entry ends in its percentage: the percentages' boxes must not touch one another.
            var boxes = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(html),
                    @"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*%)</word>")
                .Select(m => (Text: m.Groups[5].Value, Box: Enumerable.Range(1, 4).Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray()))
                .ToList();
            Assert.Equal(chart.Categories.Count, boxes.Count);
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i].Box, boxes[j].Box);
                    var overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                    Assert.False(overlap, $"{kind}: the labels ending {boxes[i].Text} and {boxes[j].Text} overlap");
                }
        }
    }

    private static bool IsRound(M.Chart chart) => chart.Kind is M.ChartKind.Pie or M.ChartKind.Ring;

    /// <summary>The categories as Word shows them: a pie's or ring's with their labels, as the legend of HTML and PDF lists them.</summary>
    private static IReadOnlyList<string> Shown(M.Chart chart) =>
        IsRound(chart) ? chart.Categories.Select((c, i) => $"{c}  {chart.Series[0].Points[i].Label}").ToList() : chart.Categories;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void AStackedSegmentIsLabelledInsideOnlyWhereTheSharedLayoutFindsRoom()
    {
        var chart = new M.Chart(M.ChartKind.StackedBar, "图1 基本支出和项目支出", "万元", ["社会保障和就业支出", "卫生健康支出"],
            [new M.ChartSeries("基本支出", [new M.ChartPoint(2616.21m, "2616.21万元，78.71%", 78.71m), new M.ChartPoint(114.05m, "114.05万元，100.00%", 100.00m)]),
             new M.ChartSeries("项目支出", [new M.ChartPoint(707.51m, "707.51万元，21.29%", 21.29m), new M.ChartPoint(0m, "0万元，0.00%", 0.00m)])],
            "说明");
        using var doc = DocxFixture.Open(DocxFixture.Bytes(WithChart(chart)));
        var labels = ChartsInOrder(doc).Single().ChartSpace!.Descendants<C.DataLabel>()
            .Select(l => string.Concat(l.Descendants<A.Text>().Select(t => t.Text))).Where(t => t.Length > 0).ToList();
        // As in HTML and PDF: 707.51 and 114.05 have no room in their segments (there they are listed under the bar); 0 is empty.
        Assert.Equal(["2616.21万元，78.71%"], labels);
    }

    [Fact]
    public void AMalformedChartIsReportedInChinese()
    {
        var bar = ChartSamples.Bar();
        var short_ = bar with { Series = [bar.Series[0], bar.Series[1] with { Points = bar.Series[1].Points.Take(2).ToList() }] };
        var e = Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(WithChart(short_)));
        Assert.Contains("“2023年”有 2 个数值，类别却有 3 个", e.Message);

        var twoSeriesPie = ChartSamples.Pie() with { Series = [.. bar.Series] };
        Assert.Contains("应恰有 1 个数据系列", Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(WithChart(twoSeriesPie))).Message);
    }

    [Fact]
    public void TextXmlCannotCarryIsDroppedAndAChartWithoutTitleHasNoCaption()
    {
        var pie = ChartSamples.Pie();
        var odd = pie with { Title = "", Categories = ["甲\u0001", .. pie.Categories.Skip(1)], Description = "说明\u0007" };
        var bytes = DocxFixture.Bytes(WithChart(odd));
        using var doc = DocxFixture.Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        var part = ChartsInOrder(doc).Single();
        Assert.Equal("甲  " + pie.Series[0].Points[0].Label, part.ChartSpace!.Descendants<C.CategoryAxisData>().Single().Descendants<C.StringPoint>().First().NumericValue!.Text);
        var inline = DocxFixture.Body(doc).Descendants<DW.Inline>().Single();
        Assert.Equal("说明", inline.DocProperties!.Description!.Value);
        Assert.DoesNotContain(DocxFixture.Body(doc).Elements<W.Paragraph>(), p => DocxFixture.StyleId(p) == "TableCaption");
    }

    [Fact]
    public void AnAllZeroPieAndAnEmptyBarAreRefusedAsByTheOtherWriters()
    {
        var pie = ChartSamples.Pie();
        var zero = pie with { Series = [new M.ChartSeries("支出", pie.Categories.Select(_ => new M.ChartPoint(0m, "0.00万元，0.00%", 0m)).ToList())] };
        var empty = ChartSamples.Bar() with { Categories = [], Series = [new M.ChartSeries("2023年", [])] };
        Assert.Contains("各项数值均为零", Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(WithChart(zero))).Message);
        Assert.Contains("没有任何类别", Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(WithChart(empty))).Message);
    }

    private static M.Document WithChart(M.Chart chart) =>
        ChartSamples.Document() with { Blocks = [new M.Paragraph("图表："), new M.ChartBlock(chart)] };

    private static List<ChartPart> ChartsInOrder(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        return DocxFixture.Body(doc).Descendants<C.ChartReference>().Select(r => (ChartPart)main.GetPartById(r.Id!.Value!)).ToList();
    }

    private static IEnumerable<string> SliceColours(OpenXmlCompositeElement chart) =>
        chart.Descendants<C.DataPoint>().Select(p => p.GetFirstChild<C.ChartShapeProperties>()!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value!);

    private static IEnumerable<string> SeriesColours(C.BarChart chart) =>
        chart.Elements<C.BarChartSeries>().Select(s => s.GetFirstChild<C.ChartShapeProperties>()!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value!);

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
}
