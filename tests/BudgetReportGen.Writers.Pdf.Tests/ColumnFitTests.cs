using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Layout.Tables;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>Column widths fitted to the content (Documents.ColumnFit), shared by the writers.</summary>
public class ColumnFitTests
{
    private static Table Indicators(params (string Text, double Weight)[] columns) => new(
        "t", new TableCaption("", "", "", ""),
        [.. columns.Select(c => new TableColumn(c.Weight))],
        [new TableRow([.. columns.Select((_, i) => new TableCell($"列{i}"))])],
        [new TableRow([.. columns.Select(c => new TableCell(c.Text))])]);

    [Fact]
    public void Columns_with_room_give_it_to_a_column_whose_text_would_wrap()
    {
        // As 表17: 三级指标 "信息化覆盖率" wraps at the pack's width while 运算符, 指标值, 度量单位 have room.
        var table = Indicators(("信息化覆盖率", 8), ("=", 10), ("100", 10), ("%", 10));
        var available = DocumentStyle.Default.Page.TextWidthPt(PageOrientation.Portrait);
        var fitted = ColumnFit.Fractions(table, DocumentStyle.Default).Select(f => f * available).ToArray();
        var size = DocumentStyle.Default.Font(TextRole.TableBody).SizePt;
        Assert.True(fitted[0] >= ColumnFit.Width("信息化覆盖率", size), $"{fitted[0]:F1} pt");
        Assert.Equal(available, fitted.Sum(), 3);
    }

    [Fact]
    public void A_short_bold_label_stays_on_one_line_in_the_pdf_where_the_table_can_fit_it()
    {
        // As 表17: the label column "部门（单位）\n名称", "年度主要任务" beside long indicator texts printed "部门（单/位）" and "年度主要任/务".
        var long_ = string.Concat(Enumerable.Repeat("说明文字", 12));
        var table = new Table("t", new TableCaption("", "", "", ""), [new TableColumn(8), new TableColumn(40), new TableColumn(40)],
            [], [new TableRow([new TableCell("部门（单位）\n名称", Bold: true), new TableCell(long_), new TableCell(long_)]),
                 new TableRow([new TableCell("年度主要任务", Bold: true), new TableCell(long_), new TableCell(long_)])]);
        var pdf = PdfTestSupport.Write(TestDocuments.With(new TableBlock(table)));
        var text = string.Concat(PdfTestSupport.Open(pdf).GetPage(1).GetWords().Select(w => w.Text + "|"));
        Assert.Contains("部门（单位）|", text);
        Assert.Contains("年度主要任务|", text);
    }

    [Fact]
    public void No_column_is_narrower_than_its_longest_unbreakable_word_when_the_table_can_fit_it()
    {
        var table = Indicators(("336.12万元", 2), ("说明文字说明文字说明文字说明文字说明文字说明文字说明文字说明文字", 60), ("2023-12-31", 2));
        var available = DocumentStyle.Default.Page.TextWidthPt(PageOrientation.Portrait);
        var fitted = ColumnFit.Fractions(table, DocumentStyle.Default).Select(f => f * available).ToArray();
        var size = DocumentStyle.Default.Font(TextRole.TableBody).SizePt;
        Assert.True(fitted[0] >= ColumnFit.Width("336.12万元", size));
        Assert.True(fitted[2] >= ColumnFit.Width("2023-12-31", size));
    }

    [Fact]
    public void A_table_whose_columns_all_fit_keeps_the_packs_widths()
    {
        var table = Indicators(("甲", 30), ("乙", 20), ("丙", 50));
        Assert.Equal([0.3, 0.2, 0.5], ColumnFit.Fractions(table, DocumentStyle.Default).Select(f => Math.Round(f, 6)));
    }

    [Fact]
    public void The_pdf_sets_the_fitted_widths()
    {
        var table = SampleDocuments.ExpenditureTable();
        var formats = new TableFormats(new TextFormats(DocumentStyle.Default, FontSet.For([])), compact: false);
        var layout = new TableLayout(table, 400, formats, new LineBreaker(new TextMeasurer()));
        var fitted = ColumnFit.Fractions(table, DocumentStyle.Default);
        for (var i = 0; i < fitted.Length; i++) Assert.Equal(fitted[i] * 400, layout.ColumnWidths[i], 6);
    }
}

/// <summary>The layout model places each table once (TableGrid.Of) and reports a malformed one with one message.</summary>
public class PlacedTableTests
{
    [Fact]
    public void A_table_is_placed_once_and_shared()
    {
        var table = SampleDocuments.IndicatorTable();
        var placed = TableGrid.Of(table);
        Assert.Same(placed, TableGrid.Of(table));
        Assert.Equal(table.BodyRows.Count, placed.Body.Count);
        Assert.Equal(table.BodyRows.Count, placed.BreakAllowedAfter.Count);
        Assert.Equal(TableGrid.BreakAllowedAfter(table.BodyRows, table.Columns.Count), placed.BreakAllowedAfter);
    }

    [Fact]
    public void A_malformed_table_gets_the_same_message_from_the_model_and_the_pdf_writer()
    {
        var table = SampleDocuments.ExpenditureTable() with { BodyRows = [new TableRow([new TableCell("208"), new TableCell("社会保障和就业支出")])] };
        var model = Assert.Throws<DocumentWriteException>(() => TableGrid.Of(table));
        Assert.Contains("表3（table-3）的表体", model.Message);
        var pdf = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(TestDocuments.With(new TableBlock(table))));
        Assert.Equal(model.Message, pdf.Message);
    }
}
