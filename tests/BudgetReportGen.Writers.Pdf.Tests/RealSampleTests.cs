using System.Diagnostics;
using System.Text.RegularExpressions;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>The seed department's whole report as PDF: the text copied out of it is the report's text, every figure included.</summary>
public class RealSampleTests(ITestOutputHelper output)
{
    private static readonly Lazy<(Document Document, string Text, byte[] Pdf)> Sample = new(() =>
    {
        var generator = ReportGenerator.Load(RepoFiles.PathOf("templates/liaoning-2023"));
        var document = generator.Render(RepoFiles.SampleYaml, new CheckOptions()).Document!;
        var pdf = PdfTestSupport.Write(document, new PdfWriter(new PdfWriterOptions([generator.Pack.FontsFolder])));
        // Page numbers (— 12 —) are dropped, so a paragraph that runs across a page break reads as one.
        var text = string.Concat(PdfTestSupport.PageTexts(pdf).Select(page => Regex.Replace(page, @"—\d+—$", "")));
        return (document, text, pdf);
    });

    [Fact]
    public void Every_heading_sentence_and_list_item_can_be_copied_out_exactly()
    {
        var (document, text, _) = Sample.Value;
        var texts = document.Blocks.SelectMany(block => block switch
        {
            Heading h => [h.Text],
            Paragraph p => [p.Text],
            ListBlock l => l.Items.Select(i => i.Marker + i.Text),
            Remark r => [r.Text],
            _ => [],
        }).Select(PdfTestSupport.Squeeze).Where(t => t.Length > 0).ToList();
        Assert.True(texts.Count > 100, $"only {texts.Count} texts");
        Assert.All(texts, t => Assert.Contains(t, text));
    }

    [Fact]
    public void Every_table_caption_and_cell_can_be_copied_out_exactly()
    {
        var (document, text, _) = Sample.Value;
        var tables = document.Blocks.OfType<TableBlock>().Select(b => b.Table).ToList();
        Assert.Equal(19, tables.Count);
        var texts = tables.SelectMany(t => new[] { t.Caption.Number, t.Caption.Title, t.Caption.LeftNote, t.Caption.RightNote, t.Remark ?? "" }
                .Concat(t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).Select(c => c.Text)))
            .Select(PdfTestSupport.Squeeze).Where(t => t.Length > 0).ToList();
        Assert.All(texts, t => Assert.Contains(t, text));
    }

    [Theory]
    [InlineData("2023年收支总预算3773.89万元")]
    [InlineData("比上年增加31.18万元，增长0.83%")]
    [InlineData("人员经费2789.98万元")]
    [InlineData("比2022年预算减少21.39万元，下降7.18%")]
    [InlineData("“三公”经费预算数9万元，比2022年预算数增加0.5万元，增长5.88%")]
    [InlineData("3,773.893,066.382,789.98276.40707.51")]
    public void The_corrected_figures_are_in_the_pdf(string figure) => Assert.Contains(figure, Sample.Value.Text);

    /// <summary>
    /// qpdf reads every stream strictly: each must be a complete zlib stream (PDFsharp's own deflate left out the checksum and
    /// qpdf warned on every page). qpdf is installed by .ci/run; without it the test fails.
    /// </summary>
    [Fact]
    public void The_sample_passes_qpdf_check_without_warnings_and_stays_under_600_KB()
    {
        var pdf = Sample.Value.Pdf;
        Assert.InRange(pdf.Length, 100_000, 600_000);
        var path = Path.Combine(Path.GetTempPath(), $"brg-qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var (exitCode, all) = TestTools.RunTool("qpdf", "qpdf", TimeSpan.FromMinutes(1), "--check", path);
            output.WriteLine(all);
            Assert.Equal(0, exitCode); // 3 = warnings, 2 = errors
            Assert.DoesNotContain("WARNING", all);
            Assert.Contains("No syntax or stream encoding errors found", all);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// MuPDF parses every object and renders every page (text device): no warning or error about the file. (mutool's own
    /// "ICC support is not available" note is about how it was built, not the file.) mupdf-tools is installed by .ci/run; without it the test fails.
    /// </summary>
    [Fact]
    public void The_sample_passes_mutool_clean_and_draw_without_warnings()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"brg-mutool-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "sample.pdf");
        File.WriteAllBytes(path, Sample.Value.Pdf);
        try
        {
            foreach (string[] args in new[] { new[] { "clean", path, Path.Combine(dir, "clean.pdf") }, ["draw", "-q", "-F", "txt", "-o", Path.Combine(dir, "page%d.txt"), path] })
            {
                var (exitCode, all) = TestTools.RunTool("mutool", "mupdf-tools", TimeSpan.FromMinutes(2), args);
                // mutool writes its warnings to stderr, after stdout in `all`.
                var messages = all.Split('\n').Select(l => l.Trim())
                    .Where(l => l.Length > 0 && !l.Contains("ICC support is not available", StringComparison.Ordinal)).ToList();
                output.WriteLine($"mutool {args[0]}: exit {exitCode}; {string.Join(" | ", messages)}");
                Assert.Equal(0, exitCode);
                Assert.Empty(messages);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public class MalformedTableTests
{
    [Fact]
    public void A_table_whose_rows_do_not_fill_its_columns_is_a_clear_error()
    {
        var table = BudgetReportGen.Tests.Shared.SampleDocuments.EmptyTable() with
        {
            BodyRows = [new TableRow([new TableCell("只有一格", RowSpan: 3)])],
        };
        var document = new Document(BudgetReportGen.Tests.Shared.SampleDocuments.Info, DocumentStyle.Default, [new TableBlock(table)]);
        var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(document));
        Assert.Contains("表8", error.Message);
    }
}

public class TableGridBreakTests
{
    [Fact]
    public void A_section_row_never_ends_a_page_and_row_spans_keep_rows_together()
    {
        TableRow Row(RowKind kind = RowKind.Normal) => new([new TableCell("a"), new TableCell("b")], kind);
        var rows = new List<TableRow> { Row(RowKind.Section), Row(), new([new TableCell("c", RowSpan: 2), new TableCell("d")]), new([new TableCell("e")]), Row() };
        Assert.Equal([false, true, false, true, true], TableGrid.BreakAllowedAfter(rows, 2));
    }
}
