using System.Text.RegularExpressions;
using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>
/// Word follows the shared page plan (<see cref="M.PageEstimate"/>): a table whose last rows would stand alone is set compact
/// (less padding above and below its text) and keeps one page; a longer one is cut where the estimate breaks it, each later part
/// on a new page under its 续表 line with the header rows — as LibreOffice prints it.
/// </summary>
public class ContinuedTableTests
{
    [Fact]
    public void A_compact_table_keeps_one_page_in_LibreOffice()
    {
        LibreOffice.Require();
        var report = OrphanRowReports.With(OrphanRowReports.FirstCompact());
        var bytes = DocxFixture.Bytes(report);
        using (var doc = DocxFixture.Open(bytes))
        {
            var margins = DocxFixture.Body(doc).Descendants<Table>().Single().GetFirstChild<TableProperties>()!.GetFirstChild<TableCellMarginDefault>()!;
            // The estimate's compact padding, less than the usual.
            var padding = Twips(M.PageEstimate.Of(report).VerticalPaddingPt(OrphanRowReports.TableOf(report)));
            Assert.True(padding < Twips(M.TableMetrics.VerticalPaddingPt(report.Style)));
            Assert.Equal(padding.ToString(System.Globalization.CultureInfo.InvariantCulture), margins.TopMargin!.Width!.Value);
            Assert.Equal(padding.ToString(System.Globalization.CultureInfo.InvariantCulture), margins.BottomMargin!.Width!.Value);
        }
        var pages = Printed(bytes, "compact");
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages, p => p.Contains(OrphanRowReports.Mark));
    }

    [Fact]
    public void A_continued_table_starts_each_later_page_with_its_mark_and_header_in_LibreOffice()
    {
        LibreOffice.Require();
        var rows = OrphanRowReports.FirstContinued() + 20;
        var report = OrphanRowReports.With(rows);
        var breaks = M.PageEstimate.Of(report).Breaks(OrphanRowReports.TableOf(report));
        Assert.NotEmpty(breaks);
        var bytes = DocxFixture.Bytes(report);
        using (var doc = DocxFixture.Open(bytes))
        {
            var body = DocxFixture.Body(doc);
            var tables = body.Elements<Table>().ToList();
            Assert.Equal(breaks.Count + 1, tables.Count);
            foreach (var part in tables.Skip(1))
            {
                var mark = Assert.IsType<Paragraph>(part.PreviousSibling());
                Assert.Equal(OrphanRowReports.Mark, DocxFixture.Text(mark));
                Assert.NotNull(mark.ParagraphProperties!.PageBreakBefore);
                Assert.Equal(2, part.Elements<TableRow>().Count(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));
            }
            // Every body row is in exactly one part.
            Assert.Equal(rows + 3 + 2 * tables.Count, tables.Sum(t => t.Elements<TableRow>().Count()));
        }
        var pages = Printed(bytes, "continued");
        Assert.Equal(breaks.Count + 2, pages.Count);
        for (var p = 2; p < pages.Count; p++)
        {
            Assert.StartsWith(OrphanRowReports.Mark, pages[p]);
            Assert.Contains("科目编码", pages[p]); // the header rows repeated
        }
        Assert.Contains($"第{rows}行", pages[^1]);
    }

    private static int Twips(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    private static List<string> Printed(byte[] docx, string name)
    {
        var dir = DocxFixture.OutputDirectory();
        var path = Path.Combine(dir, $"orphan-{name}.docx");
        File.WriteAllBytes(path, docx);
        return [.. LibreOffice.PageTexts(LibreOffice.ConvertToPdf(path, dir)).Select(p => Regex.Replace(p, @"\s+", "")).Where(p => p.Length > 0)];
    }

    [Fact]
    public void A_row_span_cut_by_a_page_restarts_in_each_part_and_the_file_stays_valid()
    {
        var report = OrphanRowReports.SpanningPages(120);
        var breaks = M.PageEstimate.Of(report).Breaks(OrphanRowReports.TableOf(report));
        Assert.True(breaks.Count >= 2);
        using var doc = DocxFixture.Open(DocxFixture.Bytes(report));
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        var tables = DocxFixture.Body(doc).Elements<Table>().ToList();
        Assert.Equal(breaks.Count + 1, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            // The first body row (after the header row) restarts the span; every later row continues it.
            Assert.Equal(MergedCellValues.Restart, rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
            Assert.All(rows.Skip(2), r => Assert.Equal(MergedCellValues.Continue, r.Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value));
        }
    }
}
