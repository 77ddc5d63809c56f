using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class PaginationTests
{
    [Fact]
    public void Long_table_repeats_its_header_on_every_page_and_keeps_every_row()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.LongTable200);
        Assert.True(pages.Count >= 4, $"only {pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("科目编码科目名称合计基本支出项目支出小计人员经费公用经费", p));
        Assert.Single(pages, p => p.Contains("支出预算总表")); // the caption only once, on the first page
        var all = string.Concat(pages);
        for (var i = 1; i <= 200; i++) Assert.Contains($"第{i}行", all);
        // No row is split: each row's code and amounts are on the same page as its name.
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains(pages, p => p.Contains($"第{i + 1}行1.001.001.00")));
    }

    [Fact]
    public void A_short_table_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var filler = Enumerable.Range(0, 18).Select(i => (Block)new Paragraph($"第{i}段：填充正文，使表格放不下。")).ToArray();
        var document = TestDocuments.With([.. filler, new TableBlock(SampleDocuments.ExpenditureTable())]);
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(document));
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("表3", pages[0]);
        Assert.Contains("表3支出预算总表", pages[1]);
        Assert.Contains("2080199其他人力资源和社会保障管理事务支出", pages[1]);
    }

    [Fact]
    public void A_row_taller_than_a_page_still_renders_completely()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(TestDocuments.TallRow()));
        Assert.True(pages.Count >= 3);
        var all = string.Concat(pages);
        for (var i = 1; i <= 120; i++) Assert.Contains($"第{i}条：很长的绩效目标说明文字。", all);
        Assert.Contains("结束标记", all);
        Assert.All(pages, p => Assert.Contains("项目说明", p));
    }

    [Fact]
    public void Rows_joined_by_a_row_span_stay_on_one_page()
    {
        // 表17's first three rows are joined by 履职效能 (row span 3); fill the page so that only part of them would fit.
        var filler = Enumerable.Range(0, 19).Select(i => (Block)new Paragraph($"第{i}段。")).ToArray();
        var table = SampleDocuments.IndicatorTable() with { Caption = new TableCaption("", "", "", "") };
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(TestDocuments.With([.. filler, new TableBlock(table)])));
        var page = Assert.Single(pages, p => p.Contains("履职效能"));
        Assert.Contains("重点工作办结率", page);
        Assert.Contains("依法行政能力", page);
    }

    [Fact]
    public void Landscape_tables_get_landscape_pages_and_portrait_content_returns_to_portrait()
    {
        using var pdf = PdfTestSupport.Open(PdfTestSupport.AllBlocks);
        var pages = pdf.GetPages().ToList();
        var wide = pages.Single(p => PdfTestSupport.Squeeze(p.Text).Contains("表10项目支出预算表"));
        Assert.True(wide.Width > wide.Height);
        Assert.Equal(842, wide.Width, 0);
        var next = pages[wide.Number]; // Number is 1-based: this is the page after
        Assert.Contains("表8", PdfTestSupport.Squeeze(next.Text));
        Assert.True(next.Height > next.Width);
        Assert.All(pages.Where(p => p != wide), p => Assert.True(p.Height > p.Width));
    }

    [Fact]
    public void Cover_ends_its_page_and_parts_follow_page_breaks()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.AllBlocks);
        Assert.Contains("鞍山市示例事业服务中心", pages[0]);
        Assert.DoesNotContain("目录", pages[0]);
        Assert.StartsWith("目录", pages[1]);
        Assert.StartsWith("第一部分部门概况", pages[2]);
        Assert.StartsWith("第三部分名词解释", pages[^1]);
    }

    [Theory]
    [InlineData(21, 3, 0)] // one line left: the paragraph moves whole (no orphan)
    [InlineData(20, 3, 0)] // two lines left, three needed: splitting would leave a widow, so it moves whole
    [InlineData(19, 4, 2)] // three lines left, four needed: two stay, two go (not three and one)
    public void Paragraphs_leave_no_single_line_at_a_page_edge(int fillers, int lines, int linesOnFirstPage)
    {
        // A4 official: 225 mm of content holds 22 body lines of 28.95 pt.
        var text = string.Concat(Enumerable.Range(0, lines * 27 - 3).Select(i => (char)('甲' + i % 10)));
        var blocks = Enumerable.Range(0, fillers).Select(i => (Block)new Paragraph($"填充{i}。")).Append(new Paragraph(text + "尾"));
        var pdf = PdfTestSupport.Write(TestDocuments.With([.. blocks]));
        using var document = PdfTestSupport.Open(pdf);
        var pages = document.GetPages().ToList();
        Assert.Equal(2, pages.Count);
        var lineTops = pages[0].Letters.Where(l => l.Value is [>= '甲' and <= '癸']).Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count();
        Assert.Equal(linesOnFirstPage, lineTops);
        Assert.Contains("尾", pages[1].Text);
    }

    /// <summary>A 表18-like table: <paramref name="projects"/> blocks, each a section title row and <paramref name="rows"/> rows.</summary>
    private static Table ProjectTable(int projects, int rows)
    {
        var body = new List<TableRow>();
        for (var p = 1; p <= projects; p++)
        {
            body.Add(new TableRow([new TableCell("项目（政策）名称"), new TableCell($"项目{p}号")], RowKind.Section));
            for (var r = 1; r <= rows; r++) body.Add(new TableRow([new TableCell($"项目{p}指标{r}"), new TableCell("100")]));
        }
        return new Table("t18", new TableCaption("表18", "项目绩效目标表", "", ""), [new TableColumn(1), new TableColumn(1)],
            [new TableRow([new TableCell("指标"), new TableCell("指标值")])], body);
    }

    [Fact]
    public void A_project_block_that_fits_on_a_page_is_never_split()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(TestDocuments.With(new TableBlock(ProjectTable(8, 12)))));
        Assert.True(pages.Count >= 2, $"only {pages.Count} pages");
        for (var p = 1; p <= 8; p++)
        {
            var page = Assert.Single(pages, t => t.Contains($"项目{p}号"));
            for (var r = 1; r <= 12; r++) Assert.Contains($"项目{p}指标{r}1", page);
        }
    }

    [Fact]
    public void A_project_block_taller_than_a_page_repeats_its_title_row_on_the_continuation()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(TestDocuments.With(new TableBlock(ProjectTable(2, 60)))));
        Assert.True(pages.Count >= 3, $"only {pages.Count} pages");
        // Every page that shows a project's rows also shows that project's title row.
        for (var p = 1; p <= 2; p++)
            Assert.All(pages.Where(t => t.Contains($"项目{p}指标")), t => Assert.Contains($"项目（政策）名称项目{p}号", t));
        var all = string.Concat(pages);
        for (var r = 1; r <= 60; r++) Assert.Contains($"项目2指标{r}1", all);
    }

    [Fact]
    public void A_continued_table_carries_the_packs_continued_mark_on_every_later_page()
    {
        var long200 = SampleDocuments.LongTable(200);
        var table = long200.Blocks.OfType<TableBlock>().Single().Table;
        var marked = long200 with
        {
            Blocks = [.. long200.Blocks.Select(b => b is TableBlock t ? new TableBlock(t.Table with { Caption = t.Table.Caption with { Continued = "续表3" } }) : b)],
        };
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(marked)).Where(p => p.Contains("科目编码")).ToList();
        Assert.True(pages.Count >= 4);
        Assert.DoesNotContain("续表3", pages[0]);
        Assert.All(pages.Skip(1), p => Assert.StartsWith("续表3科目编码", p));
        // Without a mark (a pack that asks for none) nothing is printed above the repeated header.
        Assert.Equal("", table.Caption.Continued);
        Assert.All(PdfTestSupport.PageTexts(PdfTestSupport.LongTable200).Skip(1).Where(p => p.Contains("科目编码")), p => Assert.DoesNotContain("续表", p));
    }
}
