using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>Charts in the PDF: vector shapes and selectable text in the document's fonts, kept whole on a page.</summary>
public class ChartPdfTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> ChartsPdf = new(() => PdfTestSupport.Write(SampleCharts.Document()));

    [Fact]
    public void Every_charts_title_labels_and_ticks_extract_as_text()
    {
        var text = string.Concat(PdfTestSupport.PageTexts(ChartsPdf.Value));
        foreach (var chart in SampleCharts.All())
        {
            Assert.Contains(PdfTestSupport.Squeeze(chart.Title), text);
            foreach (var point in chart.Series.SelectMany(s => s.Points)) Assert.Contains(point.Label, text);
            foreach (var category in chart.Categories.Where(c => c.Length <= 10)) Assert.Contains(category, text);
        }
        Assert.Contains("单位：万元", text);
        Assert.Contains("01000200030004000", text);
    }

    [Fact]
    public void Chart_text_is_set_in_embedded_subset_fonts_and_the_shapes_are_vectors_not_images()
    {
        using var pdf = PdfTestSupport.Open(ChartsPdf.Value);
        foreach (var page in pdf.GetPages())
        {
            Assert.Empty(page.GetImages());
            Assert.All(page.Letters.Where(l => l.Value != " "), l => Assert.Matches("^[A-Z]{6}\\+", l.FontName));
        }
        // The pies' slices, the bars and the axes are paths filled in the palette.
        var fills = pdf.GetPages().SelectMany(p => p.Paths).Where(p => p.IsFilled)
            .Select(p => p.FillColor?.ToRGBValues()).OfType<(double R, double G, double B)>()
            .Select(c => $"#{(int)Math.Round(c.R * 255):X2}{(int)Math.Round(c.G * 255):X2}{(int)Math.Round(c.B * 255):X2}").ToHashSet();
        foreach (var colour in DocumentStyle.Default.ChartColours.Palette.Take(5)) Assert.Contains(colour, fills);
    }

    [Fact]
    public void A_chart_that_does_not_fit_the_rest_of_a_page_moves_whole_to_the_next()
    {
        var filler = Enumerable.Range(0, 19).Select(i => (Block)new Paragraph($"第{i}段：填充正文，使图表放不进本页余下的空间。"));
        var chart = SampleCharts.Bar();
        var document = new Document(SampleDocuments.Info, DocumentStyle.Default, [.. filler, new ChartBlock(chart)]);
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(document));
        Assert.Equal(2, pages.Count);
        Assert.Contains("第18段", pages[0]);
        Assert.DoesNotContain(PdfTestSupport.Squeeze(chart.Title), pages[0]);
        Assert.Contains(PdfTestSupport.Squeeze(chart.Title), pages[1]);
        foreach (var point in chart.Series.SelectMany(s => s.Points)) Assert.Contains(point.Label, pages[1]);
        Assert.Contains("4000", pages[1]);
    }

    [Fact]
    public void A_document_with_charts_gives_the_same_bytes_twice()
    {
        Assert.Equal(ChartsPdf.Value, PdfTestSupport.Write(SampleCharts.Document()));
    }

    [Fact]
    public void A_pie_of_zeros_is_refused_in_chinese()
    {
        var pie = SampleCharts.Pie();
        var zeros = pie with { Series = [new ChartSeries("2023年", pie.Categories.Select(_ => new ChartPoint(0m, "0.00万元", 0m)).ToList())] };
        var document = new Document(SampleDocuments.Info, DocumentStyle.Default, [new ChartBlock(zeros)]);
        var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(document));
        Assert.Contains(pie.Title, error.Message);
    }

    /// <summary>qpdf reads the chart pages' paths and text strictly: no warning. Runs where qpdf is installed (required on CI).</summary>
    [Fact]
    public void The_charts_pdf_passes_qpdf_check()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brg-chart-qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, ChartsPdf.Value);
        try
        {
            var result = TestTools.RunTool("qpdf", "qpdf", TimeSpan.FromMinutes(1), "--check", path);
            output.WriteLine(result.Output);
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain("WARNING", result.Output);
            Assert.Contains("No syntax or stream encoding errors found", result.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
