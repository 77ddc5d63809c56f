using BudgetReportGen.Core.Checks;
using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace BudgetReportGen.Workbooks.Tests;

public class TablesWorkbookTests
{
    internal static readonly Lazy<Document> SampleDocument = new(() => Fixtures.Generator.Render(RepoFiles.SampleYaml, new CheckOptions()).Document!);

    internal static byte[] Write(Document document)
    {
        using var stream = new MemoryStream();
        new TablesWorkbookWriter().Write(document, stream);
        return stream.ToArray();
    }

    internal static readonly Lazy<byte[]> SampleWorkbook = new(() => Write(SampleDocument.Value));

    private static IReadOnlyList<BudgetReportGen.Documents.Table> Tables => SampleDocument.Value.Blocks.OfType<TableBlock>().Select(b => b.Table).ToList();

    [Fact]
    public void Every_table_of_the_pack_is_a_sheet()
    {
        using var reader = new SheetReader(SampleWorkbook.Value);
        Assert.Equal(19, Tables.Count);
        Assert.Equal(Tables.Select(t => $"{t.Caption.Number} {t.Caption.Title}".Length > 31 ? $"{t.Caption.Number} {t.Caption.Title}"[..31] : $"{t.Caption.Number} {t.Caption.Title}"), reader.SheetNames);
        foreach (var (table, name) in Tables.Zip(reader.SheetNames))
        {
            var cells = reader.Cells(name);
            Assert.Equal(table.Caption.Number, cells["A1"].Text);
            Assert.Equal(table.Caption.Title, cells["A2"].Text);
            Assert.Equal(table.Caption.LeftNote, cells["A3"].Text);
            Assert.Contains(cells.Values, c => c.Text == table.Caption.RightNote);
            // Every printed body text of the table is in its sheet, numbers printed the same way.
            var printed = cells.Values.Select(c => c.Text).ToHashSet();
            foreach (var cell in table.BodyRows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0))
                Assert.Contains(cell.Text, printed);
            if (table.IsEmpty) Assert.Contains(table.Remark!, printed);
        }
    }

    [Fact]
    public void Sample_figures_are_numbers_and_totals_are_formulas()
    {
        using var reader = new SheetReader(SampleWorkbook.Value);
        var table3 = reader.Cells(reader.SheetNames[2]);
        // Header: 2 rows from row 4; body from row 6: the 合计 row first.
        Assert.Equal("合计", table3["B6"].Text);
        Assert.Equal(3773.89m, table3["C6"].Number);
        Assert.StartsWith("SUM(", table3["C6"].Formula);
        Assert.Equal(3066.38m, table3["D6"].Number);
        Assert.Equal(707.51m, table3["G6"].Number);
        Assert.Equal(2789.98m, reader.Cells(reader.SheetNames[4]).Values.Where(c => c.Number == 2789.98m).Select(c => c.Number).First());
        var table1 = reader.Cells(reader.SheetNames[0]);
        Assert.Contains(table1.Values, c => c.Number == 3773.89m);
        var table7 = reader.Cells(reader.SheetNames[6]);
        Assert.Contains(table7.Values, c => c.Number == 9m);
        // Every formula's cached value is the sum of the cells it names.
        foreach (var name in reader.SheetNames)
        {
            var cells = reader.Cells(name);
            foreach (var (reference, cell) in cells.Where(c => c.Value.Formula is not null))
                Assert.Equal(cell.Number, Evaluate(cell.Formula!, cells));
        }
    }

    [Fact]
    public void Header_cells_are_merged_headers_frozen_and_printed_on_every_page()
    {
        using var reader = new SheetReader(SampleWorkbook.Value);
        var sheet = reader.Worksheet(reader.SheetNames[2]);
        var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("D4:F4", merges); // 基本支出 over 小计/人员经费/公用经费
        Assert.Contains("A4:A5", merges); // 科目编码 spans both header rows
        Assert.Equal("A6", sheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        var setup = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.Equal(9u, setup.PaperSize!.Value);
        var titles = reader.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().First(d => d.LocalSheetId! == 2u);
        Assert.Equal("_xlnm.Print_Titles", titles.Name!.Value);
        Assert.EndsWith("!$4:$5", titles.Text);
        var formats = reader.Workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value);
        Assert.Contains("#,##0.00", formats);
        Assert.Contains(reader.Worksheet(reader.SheetNames[9]).Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>(),
            s => s.Orientation!.Value == OrientationValues.Landscape);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_and_valid_open_xml()
    {
        Assert.Equal(SampleWorkbook.Value, Write(SampleDocument.Value));
        using var document = SpreadsheetDocument.Open(new MemoryStream(SampleWorkbook.Value), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath} {e.Description}")));
    }

    [Fact]
    public void A_total_is_a_formula_only_when_the_printed_figures_add_up()
    {
        // 0.004 + 0.004 print as 0.00 + 0.00, their total 0.01: writing SUM would print 0.00, so the figure stays a value.
        var table = new BudgetReportGen.Documents.Table("t", new TableCaption("表1", "测试", "部门名称：某单位", "单位：万元"),
            [new(20), new(14, CellAlignment.Right)],
            [new([new TableCell("项目"), new TableCell("金额")])],
            [
                new([new TableCell("合计"), new TableCell("0.01")], RowKind.Total, 0),
                new([new TableCell("甲"), new TableCell("0.00")], RowKind.Normal, 1),
                new([new TableCell("乙"), new TableCell("0.00")], RowKind.Normal, 1),
                new([new TableCell("合计"), new TableCell("3.00")], RowKind.Total, 0),
                new([new TableCell("丙"), new TableCell("1.00")], RowKind.Subtotal, 1),
                new([new TableCell("丙一"), new TableCell("1.00")], RowKind.Normal, 2),
                new([new TableCell("丁"), new TableCell("2.00")], RowKind.Subtotal, 1),
                new([new TableCell("戊"), new TableCell("")], RowKind.Subtotal, 1),
            ]);
        var document = new Document(new DocumentInfo("t", "t", "t", new DateOnly(2023, 1, 1)), DocumentStyle.Default, [new TableBlock(table)]);
        using var reader = new SheetReader(Write(document));
        var cells = reader.Cells(reader.SheetNames[0]);
        Assert.Null(cells["B5"].Formula);
        Assert.Equal("SUM(B9,B11:B12)", cells["B8"].Formula);
        Assert.Equal("SUM(B10)", cells["B9"].Formula);
        Assert.False(cells.ContainsKey("B12"));
    }

    /// <summary>SUM(A1,B2:B4) over the cached numbers.</summary>
    internal static decimal Evaluate(string formula, Dictionary<string, (string Text, string? Formula, decimal? Number)> cells)
    {
        Assert.StartsWith("SUM(", formula);
        var inner = formula[4..^1];
        if (inner.Contains("SUM(")) throw new NotSupportedException(formula);
        var total = 0m;
        foreach (var part in inner.Split(','))
        {
            var ends = part.Split(':');
            var column = new string(ends[0].TakeWhile(char.IsAsciiLetter).ToArray());
            var from = int.Parse(ends[0][column.Length..]);
            var to = ends.Length == 2 ? int.Parse(ends[1][column.Length..]) : from;
            for (var r = from; r <= to; r++) total += cells.TryGetValue($"{column}{r}", out var c) ? c.Number ?? 0 : 0;
        }
        return total;
    }
}
