using BudgetReportGen.Tests.Shared;
using System.Diagnostics;
using BudgetReportGen.Core.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Workbooks.Tests;

/// <summary>
/// LibreOffice opens both workbooks and, with our cached values removed, recalculates every formula: its figures (saved as CSV,
/// one file per sheet, as shown) must equal ours. soffice missing is a failure, not a skip (CI installs libreoffice-calc-nogui);
/// set BUDGETGEN_SKIP_SOFFICE=1 to skip on a machine without it.
/// </summary>
public class LibreOfficeTests
{
    private static readonly object Gate = new();

    [Fact]
    public void LibreOffice_recalculates_the_tables_workbook_to_our_totals()
    {
        if (!Available()) return;
        var ours = TablesWorkbookTests.SampleWorkbook.Value;
        using var reader = new SheetReader(ours);
        var csv = ConvertToCsv(WithoutCachedValues(ours), reader.SheetNames);
        var formulas = 0;
        foreach (var name in reader.SheetNames)
        {
            var grid = csv[name];
            foreach (var (reference, cell) in reader.Cells(name))
            {
                var (row, column) = Position(reference);
                var theirs = row < grid.Count && column < grid[row].Count ? grid[row][column] : "";
                if (cell.Number is not null) Assert.True(cell.Text == theirs, $"{name}!{reference}: ours {cell.Text}, LibreOffice {theirs} ({cell.Formula})");
                if (cell.Formula is not null) formulas++;
            }
        }
        Assert.True(formulas > 50, $"only {formulas} formulas");
    }

    [Fact]
    public void LibreOffice_opens_the_data_workbook_and_computes_its_grey_cells()
    {
        if (!Available()) return;
        var ours = DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog);
        using var reader = new SheetReader(ours);
        var sheets = new[] { "收入", "三公", "原因", "支出功能分类" };
        var csv = ConvertToCsv(WithoutCachedValues(ours), reader.SheetNames);
        foreach (var name in sheets)
        {
            var grid = csv[name];
            foreach (var (reference, cell) in reader.Cells(name).Where(c => c.Value.Formula is not null && c.Value.Number is not null))
            {
                var (row, column) = Position(reference);
                var theirs = row < grid.Count && column < grid[row].Count ? grid[row][column] : "";
                var expected = cell.Number == 0 ? "" : cell.Number!.Value.ToString("#,##0.00####", System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(expected == theirs, $"{name}!{reference}: ours {expected}, LibreOffice {theirs} ({cell.Formula})");
            }
        }
        Assert.Equal("3,773.89", csv["原因"][1][1]);
    }

    private static bool Available()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "soffice")));
        if (found) return true;
        if (Environment.GetEnvironmentVariable("BUDGETGEN_SKIP_SOFFICE") == "1") return false;
        Assert.Fail("soffice (LibreOffice) is not on PATH: install libreoffice-calc-nogui (.ci/run does), or set BUDGETGEN_SKIP_SOFFICE=1 to skip.");
        return false;
    }

    /// <summary>The workbook with every formula's cached value removed, so LibreOffice must compute them.</summary>
    private static byte[] WithoutCachedValues(byte[] bytes)
    {
        var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
            foreach (var part in document.WorkbookPart!.WorksheetParts)
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    cell.CellValue?.Remove();
                    cell.DataType = null;
                }
        return stream.ToArray();
    }

    /// <summary>Each sheet as rows of fields, as LibreOffice shows them.</summary>
    private static Dictionary<string, List<List<string>>> ConvertToCsv(byte[] workbook, IReadOnlyList<string> sheets)
    {
        var folder = Fixtures.TempFolder();
        var input = Path.Combine(folder, "book.xlsx");
        File.WriteAllBytes(input, workbook);
        lock (Gate)
        {
            var profile = Directory.CreateTempSubdirectory("BudgetReportGen.Workbooks.Tests.lo-profile-").FullName;
            try
            {
                // 44,34,76: comma, quote, UTF-8; token 9 true: as shown; token 12 -1: every sheet to its own file.
                TestTools.Run("soffice", TimeSpan.FromMinutes(5), "-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder, input);
            }
            finally
            {
                Directory.Delete(profile, recursive: true);
            }
        }
        var result = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in sheets)
        {
            var file = Path.Combine(folder, $"book-{sheet}.csv");
            if (File.Exists(file)) result[sheet] = ParseCsv(File.ReadAllText(file));
        }
        Assert.True(result.Count > 0, $"LibreOffice wrote no CSV: {string.Join(", ", Directory.GetFiles(folder))}");
        return result;
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>> { new() };
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { rows[^1].Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { rows[^1].Add(field.ToString()); field.Clear(); rows.Add([]); }
            else if (ch != '\r') field.Append(ch);
        }
        rows[^1].Add(field.ToString());
        return rows;
    }

    /// <summary>0-based (row, column) of a cell reference.</summary>
    private static (int Row, int Column) Position(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        return (int.Parse(reference[letters.Length..]) - 1, letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1);
    }

}
