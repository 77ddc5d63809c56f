using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Workbooks.Tests;

/// <summary>Reads a written workbook back for tests: each sheet's cells as printed (numbers as #,##0.00) and its formulas.</summary>
internal sealed class SheetReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public SheetReader(byte[] bytes) => _document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public IReadOnlyList<string> SheetNames => Sheets.Select(s => s.Name!.Value!).ToList();

    private IEnumerable<Sheet> Sheets => _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>();

    public Worksheet Worksheet(string name) => ((WorksheetPart)_document.WorkbookPart!.GetPartById(Sheets.Single(s => s.Name == name).Id!)).Worksheet;

    public WorkbookPart Workbook => _document.WorkbookPart!;

    /// <summary>Cell reference → (printed text, formula or null, number or null).</summary>
    public Dictionary<string, (string Text, string? Formula, decimal? Number)> Cells(string sheet) =>
        Worksheet(sheet).Descendants<Cell>().Where(c => c.CellValue is not null || c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c =>
            {
                if (c.DataType?.Value == CellValues.InlineString) return (c.InlineString!.InnerText, (string?)null, (decimal?)null);
                if (c.DataType?.Value == CellValues.String) return (c.CellValue!.Text, c.CellFormula?.Text, null);
                var number = decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return (number.ToString("N2", CultureInfo.InvariantCulture), c.CellFormula?.Text, number);
            });

    public void Dispose() => _document.Dispose();
}
