using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>Tables: merged cells, repeated headers, unsplittable rows, widths, alignment, captions and remarks.</summary>
public class TableTests
{
    private sealed record Written(Table Table, List<Paragraph> Before, List<Paragraph> After);

    private static Written Write(M.Table table)
    {
        var document = SampleDocuments.AllBlocks() with { Blocks = [new M.TableBlock(table)] };
        using var doc = DocxFixture.Open(DocxFixture.Bytes(document));
        var body = DocxFixture.Body(doc);
        var wTable = body.Elements<Table>().Single();
        return new((Table)wTable.CloneNode(true),
            wTable.ElementsBefore().OfType<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToList(),
            wTable.ElementsAfter().OfType<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToList());
    }

    private static List<List<TableCell>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();

    private static string CellText(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(DocxFixture.Text));

    private static MergedCellValues? VMerge(TableCell cell) => cell.TableCellProperties?.VerticalMerge is { } v ? v.Val?.Value ?? MergedCellValues.Continue : null;

    [Fact]
    public void TotalAndClassRowsAreBoldAndOtherBodyRowsAreNot()
    {
        var table = SampleDocuments.ExpenditureTable();
        // A 类 row (subtotal) is set apart in bold as well, as in official tables and the other writers (M.RowKinds.IsBold).
        var rows = Write(table).Table.Elements<TableRow>().Skip(table.HeaderRows.Count).ToList();
        static bool Bold(TableRow row) => row.Descendants<Run>().Any() && row.Descendants<Run>().All(r => r.RunProperties?.Bold is not null);
        var kinds = table.BodyRows.Select(r => r.Kind).ToList();
        Assert.Contains(M.RowKind.Total, kinds);
        Assert.Contains(M.RowKind.Subtotal, kinds);
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Descendants<Run>().Any())
                Assert.Equal(kinds[i] is M.RowKind.Total or M.RowKind.Subtotal, Bold(rows[i]));
    }

    [Fact]
    public void MergedHeaderUsesGridSpanAndVerticalMerge()
    {
        var rows = Cells(Write(SampleDocuments.ExpenditureTable()).Table);
        Assert.Equal(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], rows[0].Select(CellText));
        Assert.Equal(3, rows[0][3].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(MergedCellValues.Restart, VMerge(rows[0][0]));
        Assert.Null(VMerge(rows[0][3]));
        // The second header row: three cells continued from above, the three sub-headings, one continued cell.
        Assert.Equal(["", "", "", "小计", "人员经费", "公用经费", ""], rows[1].Select(CellText));
        Assert.Equal([MergedCellValues.Continue, MergedCellValues.Continue, MergedCellValues.Continue, null, null, null, MergedCellValues.Continue],
            rows[1].Select(VMerge));
    }

    [Fact]
    public void BodyCellsSpanningRowsAreMergedDown()
    {
        var rows = Cells(Write(SampleDocuments.IndicatorTable()).Table);
        // Body rows start after the single header row: 履职效能 spans 3 rows, 重点工作履行情况 2.
        Assert.Equal("履职效能", CellText(rows[1][0]));
        Assert.Equal(MergedCellValues.Restart, VMerge(rows[1][0]));
        Assert.Equal(MergedCellValues.Continue, VMerge(rows[2][0]));
        Assert.Equal(MergedCellValues.Continue, VMerge(rows[3][0]));
        Assert.Equal(MergedCellValues.Continue, VMerge(rows[2][1]));
        Assert.Equal("基础管理", CellText(rows[3][1]));
        // The last row: 年度绩效目标 over 2 columns, the goal over 5, its '\n' as two paragraphs, left-aligned.
        var goal = rows[4][1];
        Assert.Equal(5, goal.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(2, goal.Elements<Paragraph>().Count());
        Assert.All(goal.Elements<Paragraph>(), p => Assert.Equal(JustificationValues.Left, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.All(rows, r => Assert.Equal(7, r.Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void HeaderRowsRepeatAndNoRowSplits()
    {
        var table = Write(SampleDocuments.ExpenditureTable(extraRows: 50)).Table;
        var rows = table.Elements<TableRow>().ToList();
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void ColumnWidthsAreScaledToTheTextWidthWithFixedLayoutAndBorders()
    {
        var table = Write(SampleDocuments.ExpenditureTable()).Table;
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        const int textWidth = 11906 - 1587 - 1474;
        Assert.Equal(textWidth, grid.Sum());
        // The widths fitted to the content (M.ColumnFit), the same fractions as in the PDF and HTML output.
        var fitted = M.ColumnFit.Fractions(SampleDocuments.ExpenditureTable(), M.DocumentStyle.Default);
        for (var i = 0; i < grid.Count; i++) Assert.InRange(grid[i], fitted[i] * textWidth - 1, fitted[i] * textWidth + 1);
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        var borders = properties.TableBorders!;
        Assert.All(new BorderType?[] { borders.TopBorder, borders.BottomBorder, borders.LeftBorder, borders.RightBorder, borders.InsideHorizontalBorder, borders.InsideVerticalBorder },
            b => Assert.Equal(BorderValues.Single, b!.Val!.Value));
        var firstBody = Cells(table)[2];
        Assert.Equal(grid[0], int.Parse(firstBody[0].TableCellProperties!.TableCellWidth!.Width!.Value!));
    }

    [Fact]
    public void NumbersAreRightAlignedAndHeadersCentred()
    {
        var rows = Cells(Write(SampleDocuments.ExpenditureTable()).Table);
        JustificationValues Align(TableCell c) => c.Elements<Paragraph>().First().ParagraphProperties!.Justification!.Val!.Value;
        Assert.Equal(JustificationValues.Center, Align(rows[0][0]));
        Assert.Equal(JustificationValues.Right, Align(rows[2][2]));  // 3,773.89
        Assert.Equal(JustificationValues.Center, Align(rows[2][1])); // 合计 overrides its column
        Assert.Equal(JustificationValues.Left, Align(rows[3][1]));   // 社会保障和就业支出
        Assert.Equal("TableHeader", DocxFixture.StyleId(rows[0][0].Elements<Paragraph>().First()));
        Assert.Equal("TableBody", DocxFixture.StyleId(rows[2][2].Elements<Paragraph>().First()));
    }

    [Fact]
    public void CaptionLinesPrecedeTheTableAndKeepWithIt()
    {
        var written = Write(SampleDocuments.ExpenditureTable());
        var caption = written.Before;
        Assert.Equal(["表3", "支出预算总表", "部门名称：鞍山市示例事业服务中心\t单位：万元"], caption.Select(p =>
            string.Concat(p.Descendants().Select(e => e is Text t ? t.Text : e is TabChar ? "\t" : ""))));
        Assert.Equal(["TableCaption", "TableCaption", "TableNote"], caption.Select(DocxFixture.StyleId));
        // 单位 sits at a right tab stop on the text width.
        var tab = caption[2].ParagraphProperties!.Tabs!.Elements<TabStop>().Single();
        Assert.Equal(TabStopValues.Right, tab.Val!.Value);
        Assert.Equal(11906 - 1587 - 1474, tab.Position!.Value);
        // Caption styles keep with next; header rows keep with the first body row.
        using var doc = DocxFixture.Open(DocxFixture.Bytes(SampleDocuments.AllBlocks()));
        Assert.Contains(doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!
            .Elements<Style>(), s => s.StyleId == "TableCaption" && s.StyleParagraphProperties!.KeepNext is not null);
        Assert.All(written.Table.Elements<TableRow>().Take(2).SelectMany(r => r.Descendants<Paragraph>()),
            p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
    }

    [Fact]
    public void EmptyTableIsPrintedWithItsHeaderAndRemarkBelow()
    {
        var written = Write(SampleDocuments.EmptyTable());
        Assert.Equal(2, written.Table.Elements<TableRow>().Count());
        var remark = written.After.First();
        Assert.Equal("备注：此表为空表，本单位无政府性基金预算安排的支出。", DocxFixture.Text(remark));
        Assert.Equal("Remark", DocxFixture.StyleId(remark));
    }

    [Fact]
    public void MalformedTableIsReportedAsAUserProblem()
    {
        var bad = SampleDocuments.EmptyTable() with { HeaderRows = [new M.TableRow([new M.TableCell("只有一格")])] };
        var document = SampleDocuments.AllBlocks() with { Blocks = [new M.TableBlock(bad)] };
        var e = Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(document));
        Assert.Contains("表8", e.Message);
        Assert.Contains("table-8", e.Message);
    }

    [Fact]
    public void CellTextKeepsLinesTabsAndMarkupCharactersAndDropsWhatXmlCannotCarry()
    {
        var table = SampleDocuments.ExpenditureTable();
        var row = table.BodyRows[2];
        var cells = row.Cells.ToList();
        cells[1] = new M.TableCell("A&B <c>\t\"d\"\r\u0001\n第二行", Bold: true);
        var written = Write(table with { BodyRows = [table.BodyRows[0], table.BodyRows[1], row with { Cells = cells }] });
        var cell = Cells(written.Table)[table.HeaderRows.Count + 2][1];
        var paragraphs = cell.Elements<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("A&B <c>\"d\"", DocxFixture.Text(paragraphs[0]));
        Assert.Single(paragraphs[0].Descendants<TabChar>());
        Assert.Equal("第二行", DocxFixture.Text(paragraphs[1]));
        Assert.All(cell.Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
    }

    [Fact]
    public void A_project_block_that_fits_a_page_keeps_together_and_a_longer_one_keeps_only_its_title_rows()
    {
        // Two blocks (M.TableGrid.BlockTitles): a short project (10 rows) and one taller than a page (80 rows).
        var body = new List<M.TableRow>();
        foreach (var (name, count) in new[] { ("短项目", 10), ("长项目", 80) })
        {
            body.Add(new M.TableRow([new M.TableCell("项目（政策）名称"), new M.TableCell(name)], M.RowKind.Section));
            for (var r = 1; r <= count; r++) body.Add(new M.TableRow([new M.TableCell($"指标{r}"), new M.TableCell("100")]));
        }
        var table = new M.Table("t", new M.TableCaption("", "项目绩效目标表", "", ""), [new M.TableColumn(1), new M.TableColumn(1)], [], body);
        var rows = Write(table).Table.Elements<TableRow>().ToList();
        static bool KeepsWithNext(TableRow row) => row.Descendants<KeepNext>().Any();
        Assert.All(rows.Take(10), r => Assert.True(KeepsWithNext(r)));  // the short block's rows but its last
        Assert.False(KeepsWithNext(rows[10]));                           // its last row may end a page
        Assert.True(KeepsWithNext(rows[11]) && KeepsWithNext(rows[12])); // the long block: its title and the row after it
        Assert.Contains(rows.Skip(13).Take(78), r => !KeepsWithNext(r)); // and then breaks are allowed
    }
}
