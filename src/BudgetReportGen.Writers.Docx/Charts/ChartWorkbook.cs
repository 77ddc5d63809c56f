using System.Globalization;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The workbook embedded in a chart part, so that Word's "Edit Data" opens the chart's figures: one sheet, the categories
/// down column A from row 2, a column per series (its name in row 1, its exact values below). The chart's formulas point
/// into it (<see cref="Range"/>). Written as a minimal .xlsx by <see cref="PackageWriter"/>: same chart, same bytes.
/// </summary>
internal static class ChartWorkbook
{
    public const string SheetName = "Sheet1";
    private const string SheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static byte[] Bytes(Chart chart) => PackageWriter.Bytes(
    [
        PackageParts.Types([], [("/xl/workbook.xml", SheetMl + "sheet.main+xml"), ("/xl/worksheets/sheet1.xml", SheetMl + "worksheet+xml")]),
        PackageParts.SingleRelationship("_rels/.rels", "rId1", "officeDocument", "xl/workbook.xml"),
        PackageWriter.Part.Of("xl/workbook.xml", new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = "rId1" }))),
        PackageParts.SingleRelationship("xl/_rels/workbook.xml.rels", "rId1", "worksheet", "worksheets/sheet1.xml"),
        PackageWriter.Part.Of("xl/worksheets/sheet1.xml", Sheet(chart)),
    ]);

    /// <summary>The formula of a cell range of the sheet, e.g. Sheet1!$B$2:$B$6 (column 0 is A).</summary>
    public static string Range(int column, int firstRow, int lastRow) =>
        $"{SheetName}!${Column(column)}${firstRow.ToString(CultureInfo.InvariantCulture)}" +
        (lastRow == firstRow ? "" : $":${Column(column)}${lastRow.ToString(CultureInfo.InvariantCulture)}");

    private static Worksheet Sheet(Chart chart)
    {
        var data = new SheetData();
        var header = Row(1);
        header.Append(Text(0, 1, ""));
        for (var s = 0; s < chart.Series.Count; s++) header.Append(Text(s + 1, 1, chart.Series[s].Name));
        data.Append(header);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var row = Row(c + 2);
            row.Append(Text(0, c + 2, chart.Categories[c]));
            for (var s = 0; s < chart.Series.Count; s++)
                row.Append(new Cell(new CellValue(Number(chart.Series[s].Points[c].Value))) { CellReference = Reference(s + 1, c + 2) });
            data.Append(row);
        }
        return new Worksheet(data);
    }

    /// <summary>A value as the chart caches it and the sheet stores it: the exact decimal, invariant culture.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static Row Row(int index) => new() { RowIndex = (uint)index };

    private static Cell Text(int column, int row, string text) =>
        new(new InlineString(new Text(Runs.Clean(text)))) { CellReference = Reference(column, row), DataType = CellValues.InlineString };

    private static string Reference(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
