using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// No page holds only a few orphan rows of a table when shrinking the gaps fits them (the shared rule,
/// <see cref="PageEstimate.IsCompact"/>): the PDF sets such a table compact and it keeps one page; a table too long for that
/// continues under its 续表 line.
/// </summary>
public class OrphanRowTests
{
    [Fact]
    public void A_table_whose_last_rows_would_stand_alone_is_set_compact_on_one_page()
    {
        var rows = OrphanRowReports.FirstCompact();
        var before = OrphanRowReports.With(rows - 1);
        var estimateBefore = PageEstimate.Of(before);
        Assert.False(estimateBefore.IsCompact(OrphanRowReports.TableOf(before)));
        Assert.Empty(estimateBefore.Breaks(OrphanRowReports.TableOf(before)));

        var report = OrphanRowReports.With(rows);
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(report)).Select(PdfTestSupport.Squeeze).ToList();
        Assert.Equal(2, pages.Count); // the heading's page and the table's
        Assert.DoesNotContain(pages, p => p.Contains(OrphanRowReports.Mark));
        Assert.Contains($"第{rows}行", pages[1]);

        // Its rows are closer together than the rows of the table one row shorter, which fits as usually set.
        Assert.True(RowPitch(PdfTestSupport.Write(report)) < RowPitch(PdfTestSupport.Write(before)) - 0.5);
    }

    /// <summary>The distance between the first two added rows' labels on the table's page.</summary>
    private static double RowPitch(byte[] pdf)
    {
        using var document = PdfTestSupport.Open(pdf);
        var words = document.GetPage(2).GetWords().ToList();
        return LabelTop(words, "2080100") - LabelTop(words, "2080101");
    }

    private static double LabelTop(IEnumerable<UglyToad.PdfPig.Content.Word> words, string code) => words.First(w => w.Text == code).BoundingBox.Top;

    [Fact]
    public void A_table_too_long_even_compact_continues_under_its_mark_where_the_estimate_breaks_it()
    {
        var rows = OrphanRowReports.FirstContinued();
        var report = OrphanRowReports.With(rows);
        var table = OrphanRowReports.TableOf(report);
        var estimate = PageEstimate.Of(report);
        Assert.Single(estimate.Breaks(table));
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(report)).Select(PdfTestSupport.Squeeze).ToList();
        Assert.Equal(3, pages.Count);
        Assert.StartsWith(OrphanRowReports.Mark, pages[2]);
        Assert.Contains($"第{rows}行", pages[2]);
    }
}
