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
        var formats = new TableFormats(new TextFormats(DocumentStyle.Default, FontSet.For([])), TableMetrics.VerticalPaddingPt(DocumentStyle.Default));
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

/// <summary>
/// No table cell leaves one character alone on its last line ("预算绩效目标覆盖/率"): the shared body text
/// (<see cref="ColumnFit.BodyTexts"/>) breaks such a line evenly, and the PDF sets it so — in every table of both samples.
/// </summary>
public class LoneCharacterTests
{
    [Fact]
    public void A_label_that_would_leave_one_character_alone_is_broken_evenly()
    {
        var table = new Table("t", new TableCaption("", "", "", ""), [new(19), new(81)], [],
            [new([new TableCell("预算绩效目标覆盖率"), new TableCell(string.Concat(Enumerable.Repeat("按规定做好本单位预决算信息公开工作。", 4)))])]);
        // The first column holds 8 characters a line at this width: greedy wrapping would leave "率" alone.
        var style = DocumentStyle.Default;
        var width = ColumnFit.Fractions(table, style)[0] * style.Page.TextWidthPt(PageOrientation.Portrait);
        var size = style.Font(TextRole.TableBody).SizePt;
        var padding = ColumnFit.PaddingEm * size + 1;
        Assert.InRange(width - padding, 8 * size, 9 * size - 0.01);
        var text = ColumnFit.BodyTexts(table, style)[(0, 0)];
        var lines = text.Split('\n');
        Assert.Equal("预算绩效目标覆盖率", string.Concat(lines));
        Assert.All(lines, l => Assert.True(l.Length >= 2, text));
    }

    [Theory]
    [InlineData("templates/liaoning-2023", "data/examples/anshan-social-insurance-2023.yaml", true)]
    [InlineData("templates/shanghai-putuo-2025", "data/examples/shanghai-putuo-government-office-2025.yaml", false)]
    public void No_body_cell_of_the_samples_ends_with_a_lone_character_in_the_pdf(string pack, string data, bool hasWrappedCells)
    {
        var generator = BudgetReportGen.Templates.Generation.ReportGenerator.Load(RepoFiles.PathOf(pack));
        var document = generator.Render(RepoFiles.PathOf(data), new BudgetReportGen.Core.Checks.CheckOptions()).Document!;
        var formats = new TextFormats(document.Style, FontSet.For([generator.Pack.FontsFolder]));
        var breaker = new LineBreaker(new TextMeasurer());
        var checkedCells = 0;
        foreach (var table in document.Blocks.OfType<TableBlock>().Select(b => b.Table))
        {
            var layout = new TableLayout(table, document.Style.Page.TextWidthPt(table.Orientation),
                new TableFormats(formats, TableMetrics.VerticalPaddingPt(document.Style)), breaker);
            foreach (var cell in layout.Body.Cells.Where(c => c.Lines.Count > 1))
            {
                checkedCells++;
                var last = cell.Lines[^1].Text.Trim();
                Assert.False(last.Length == 1 && last[0] >= '\u4E00' && last[0] <= '\u9FFF', $"{table.Anchor}: a cell ends with “{last}” alone");
            }
        }
        Assert.Equal(hasWrappedCells, checkedCells > 0);
    }
}
