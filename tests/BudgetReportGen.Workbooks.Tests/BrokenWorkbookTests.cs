using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Workbooks.Tests;

/// <summary>What a person can do wrong in Excel, and what the reader says: sheet, cell, reason and fix.</summary>
public class BrokenWorkbookTests
{
    private static byte[] Edit(Action<WorkbookPart> edit)
    {
        var stream = new MemoryStream();
        stream.Write(DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog));
        using (var document = SpreadsheetDocument.Open(stream, true)) edit(document.WorkbookPart!);
        return stream.ToArray();
    }

    private static Worksheet SheetNamed(WorkbookPart workbook, string name) =>
        ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    /// <summary>The cell, created (in column order) when the writer left it out.</summary>
    private static Cell CellAt(Worksheet sheet, string reference)
    {
        if (sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference) is { } cell) return cell;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsAsciiLetter).ToArray()));
        var row = sheet.Descendants<Row>().Single(r => r.RowIndex! == rowIndex);
        cell = new Cell { CellReference = reference };
        var after = row.Elements<Cell>().LastOrDefault(c => Column(c.CellReference!) < Column(reference));
        if (after is null) row.PrependChild(cell); else row.InsertAfter(cell, after);
        return cell;
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1);

    private static void SetText(Cell cell, string text)
    {
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.Append(new InlineString(new Text(text)));
    }

    private static IReadOnlyList<Diagnostic> Read(byte[] bytes) => DataWorkbookReader.Load(new MemoryStream(bytes), "填报.xlsx").Diagnostics;

    [Fact]
    public void Text_in_an_amount_cell_names_the_sheet_and_cell()
    {
        var diagnostics = Read(Edit(w => SetText(CellAt(SheetNamed(w, "支出功能分类"), "C5"), "2,027.53")));
        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("schema.type", d.RuleId);
        Assert.Equal("填报.xlsx:支出功能分类!C5", d.Location.ToString());
        Assert.Contains("存成了文本“2,027.53”", d.Message);
        Assert.Contains("2027.53", d.Fix);
        Assert.StartsWith("expenditures[3].personnel", d.Path);
    }

    [Fact]
    public void A_unit_code_that_lost_its_leading_zero_is_an_error()
    {
        var diagnostics = Read(Edit(w =>
        {
            var cell = CellAt(SheetNamed(w, "单位信息"), "B8");
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.Append(new CellValue("13002"));
        }));
        var d = Assert.Single(diagnostics);
        Assert.Equal("workbook.code-as-number", d.RuleId);
        Assert.Equal("单位信息!B8", d.Location!.Value.Place);
        Assert.Contains("开头的 0", d.Message);
    }

    [Fact]
    public void A_classification_code_typed_as_a_number_is_read_as_its_digits()
    {
        var bytes = Edit(w =>
        {
            var cell = CellAt(SheetNamed(w, "支出功能分类"), "A2");
            var code = cell.InnerText;
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.Append(new CellValue(code));
        });
        var result = DataWorkbookReader.Load(new MemoryStream(bytes), "x.xlsx");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Fixtures.Sample.Expenditures[0].Code, result.Data!.Expenditures[0].Code);
    }

    [Fact]
    public void Merged_cells_are_an_error_at_their_first_cell()
    {
        var diagnostics = Read(Edit(w =>
        {
            var sheet = SheetNamed(w, "职责");
            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A3:A4" }) { Count = 1 }, sheet.GetFirstChild<SheetData>());
        }));
        var d = Assert.Single(diagnostics);
        Assert.Equal("workbook.merged", d.RuleId);
        Assert.Equal("职责!A3", d.Location!.Value.Place);
        Assert.Contains("A3:A4", d.Message);
    }

    [Fact]
    public void An_extra_sheet_with_content_is_a_warning_with_a_suggestion()
    {
        var diagnostics = Read(Edit(w =>
        {
            var part = w.AddNewPart<WorksheetPart>("rIdExtra");
            part.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("草稿")) }) { RowIndex = 1 }));
            w.Workbook.Sheets!.Append(new Sheet { Name = "三公经费", SheetId = 99, Id = "rIdExtra" });
        }));
        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("workbook.unknown-sheet", d.RuleId);
        Assert.Contains("三公经费", d.Message);
    }

    [Fact]
    public void A_required_cell_left_empty_names_its_column_in_chinese()
    {
        var diagnostics = Read(Edit(w => CellAt(SheetNamed(w, "支出功能分类"), "B3").Remove()));
        var d = Assert.Single(diagnostics);
        Assert.Equal("schema.required", d.RuleId);
        Assert.Equal("支出功能分类!B3", d.Location!.Value.Place);
        Assert.Contains("科目名称", d.Message);
    }

    [Fact]
    public void A_choice_outside_the_list_lists_the_chinese_choices()
    {
        var diagnostics = Read(Edit(w => SetText(CellAt(SheetNamed(w, "支出功能分类"), "H2"), "一般公共预算")));
        var d = Assert.Single(diagnostics);
        Assert.Equal("schema.enum", d.RuleId);
        Assert.Equal("支出功能分类!H2", d.Location!.Value.Place);
        Assert.Contains("一般公共预算拨款", d.Message);
    }

    [Fact]
    public void Not_a_workbook_is_a_syntax_error()
    {
        var d = Assert.Single(DataWorkbookReader.Load(new MemoryStream("year: 2023\n"u8.ToArray()), "x.xlsx").Diagnostics);
        Assert.Equal("syntax", d.RuleId);
        Assert.Contains(".xlsx", d.Message);
    }

    [Fact]
    public void Excel_float_noise_reads_back_as_the_typed_amount()
    {
        Assert.Equal("276.4", DataWorkbookReader.Plain("276.39999999999998"));
        Assert.Equal("276.40", DataWorkbookReader.Plain("276.40"));
        Assert.Equal("0.00001", DataWorkbookReader.Plain("1E-05"));
        Assert.Equal("3773.891234", DataWorkbookReader.Plain("3773.891234"));
    }

    private static void SetNumber(Cell cell, string number)
    {
        cell.RemoveAllChildren();
        cell.DataType = null;
        cell.Append(new CellValue(number));
    }

    [Fact]
    public void A_project_description_row_goes_to_the_project_with_its_number()
    {
        var bytes = Edit(w =>
        {
            var sheet = SheetNamed(w, "项目说明");
            SetNumber(CellAt(sheet, "A2"), "2");
            SetText(CellAt(sheet, "C2"), "项目概述的文字");
            SetText(CellAt(sheet, "G2"), "2023年1月—12月");
        });
        var result = DataWorkbookReader.Load(new MemoryStream(bytes), "填报.xlsx");
        Assert.Empty(result.Diagnostics);
        var project = result.Data!.Projects[1];
        Assert.Equal("项目概述的文字", project.Description.Overview);
        Assert.Equal("2023年1月—12月", project.Description.Period);
        Assert.True(result.Data.Projects[0].Description.IsEmpty);
        Assert.Equal("填报.xlsx:项目说明!C2", result.SourceMap.Locate("projects[1].description.overview")!.Value.ToString());
    }

    [Fact]
    public void A_project_description_without_a_known_number_or_twice_is_an_error()
    {
        var diagnostics = Read(Edit(w =>
        {
            var sheet = SheetNamed(w, "项目说明");
            SetNumber(CellAt(sheet, "A2"), "1");
            SetText(CellAt(sheet, "C2"), "概述");
            SetNumber(CellAt(sheet, "A3"), "1");
            SetText(CellAt(sheet, "C3"), "又一行");
            SetNumber(CellAt(sheet, "A4"), "99");
            SetText(CellAt(sheet, "C4"), "序号有误");
            SetText(CellAt(sheet, "D5"), "没有序号");
        }));
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal("项目说明!A3", Assert.Single(diagnostics, d => d.RuleId == "schema.duplicate-key").Location!.Value.Place);
        Assert.Contains("项目说明!A4", diagnostics.Where(d => d.RuleId == "workbook.project-number").Select(d => d.Location!.Value.Place));
        Assert.Contains("项目说明!A5", diagnostics.Where(d => d.RuleId == "workbook.project-number").Select(d => d.Location!.Value.Place));
    }

    [Fact]
    public void The_indicator_sheet_ties_rows_to_projects_by_number_without_a_category_column()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog)), false);
        var header = SheetNamed(document.WorkbookPart!, "绩效指标").Descendants<Row>().First();
        Assert.Equal("项目序号", header.Elements<Cell>().First().InnerText);
    }
}
