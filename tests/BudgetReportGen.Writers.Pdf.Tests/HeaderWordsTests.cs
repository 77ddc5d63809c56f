using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Layout.Tables;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>Table headers broken at word boundaries (Documents.HeaderWords), the same text in every writer.</summary>
public class HeaderWordsTests
{
    private const double Size = 9;

    [Theory]
    [InlineData("政府性基金预算", "政府性基金预算")]
    [InlineData("一般公共预算拨款收入", "一般公共预算|拨款|收入")]
    [InlineData("上年结转结余", "上年结转|结余")]
    [InlineData("部门（单位）名称", "部门|（单位）名称")]
    [InlineData("因公出国（境）费", "因公出国|（境）费")]
    [InlineData("项目名称、代码", "项目|名称、|代码")]
    [InlineData("支　出", "支　出")]
    public void Words_end_with_budget_terms_and_punctuation(string header, string words)
    {
        Assert.Equal(words, string.Join('|', HeaderWords.Words(header)));
        Assert.Equal(header, string.Concat(HeaderWords.Words(header)));
    }

    [Theory]
    [InlineData("政府性基金预算", 7, "政府性基金预算")]          // fits: whole
    [InlineData("政府性基金预算拨款收入", 8, "政府性基金预算\n拨款收入")] // not "政府性基金预算拨\n款收入"
    [InlineData("政府性基金预算", 6, "政府性基金\n预算")]          // too narrow for the word: before its ending, not "政府性基金预\n算"
    [InlineData("政府性基金预算拨款收入", 4, "政府性\n基金预算\n拨款收入")] // not "政府性基\n金预算"
    [InlineData("国有资本经营预算", 5, "国有资本\n经营预算")]
    [InlineData("单位资金", 3, "单位\n资金")]
    [InlineData("总计", 5, "总计")]
    public void Lines_break_between_words(string header, double cells, string expected)
    {
        Assert.Equal(expected, HeaderWords.Break(header, cells * Size + 0.1, Size));
    }

    [Fact]
    public void A_column_gets_its_longest_header_word_when_the_table_can_fit_it()
    {
        var table = new Table("t", new TableCaption("", "", "", ""),
            [new TableColumn(1), new TableColumn(30)],
            [new TableRow([new TableCell("政府性基金预算"), new TableCell("说明")])],
            [new TableRow([new TableCell("1"), new TableCell("说明")])]);
        var available = DocumentStyle.Default.Page.TextWidthPt(PageOrientation.Portrait);
        var fitted = ColumnFit.Fractions(table, DocumentStyle.Default).Select(f => f * available).ToArray();
        Assert.True(fitted[0] >= ColumnFit.Width("政府性基金预算", Size), $"{fitted[0]:F1} pt");
        Assert.Equal("政府性基金预算", ColumnFit.HeaderTexts(table, DocumentStyle.Default)[(0, 0)]);
    }

    [Fact]
    public void The_pdf_lays_out_the_shared_header_text()
    {
        // Five equal columns of 9-character cells: the header wraps, at a word boundary (not "政府性基金预算拨款收\n入").
        var columns = Enumerable.Range(0, 5).Select(_ => new TableColumn(1)).ToList();
        var header = Enumerable.Range(0, 5).Select(_ => new TableCell("政府性基金预算拨款收入")).ToList();
        var body = Enumerable.Range(0, 5).Select(_ => new TableCell("1.00")).ToList();
        var table = new Table("t", new TableCaption("", "", "", ""), columns, [new TableRow(header)], [new TableRow(body)]);
        var shared = ColumnFit.HeaderTexts(table, DocumentStyle.Default)[(0, 3)];
        Assert.Equal("政府性基金预算拨款\n收入", shared);
        var formats = new TableFormats(new TextFormats(DocumentStyle.Default, FontSet.For([])), TableMetrics.VerticalPaddingPt(DocumentStyle.Default));
        var layout = new TableLayout(table, DocumentStyle.Default.Page.TextWidthPt(PageOrientation.Portrait), formats, new LineBreaker(new TextMeasurer()));
        var cell = layout.Header.Cells.Single(c => c.Placed.Column == 3);
        Assert.Equal(shared.Split('\n'), cell.Lines.Select(l => l.Text));
    }
}
