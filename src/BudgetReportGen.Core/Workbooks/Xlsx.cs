using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Core.Workbooks;

/// <summary>
/// Small helpers both workbooks (the data-entry workbook and the tables workbook) are written with: cells of each kind,
/// and a deterministic save — the same content always gives the same bytes (fixed part order and relationship ids, every
/// zip entry stamped 1980-01-01 00:00, a fixed compression level), as the Word writer does.
/// </summary>
internal static class Xlsx
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds a workbook with the Open XML SDK in memory and returns its bytes, re-zipped with fixed entry times.</summary>
    public static byte[] Save(Action<SpreadsheetDocument> build)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
            build(document);
        raw.Position = 0;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(raw, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The SDK names the package's relationship to the workbook at random; nothing refers to it, so it is fixed here.
                    var text = new StreamReader(from).ReadToEnd();
                    var n = 0;
                    text = System.Text.RegularExpressions.Regex.Replace(text, "Id=\"R[0-9a-f]{16}\"", _ => $"Id=\"rIdPackage{++n}\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
                    to.Write(bytes);
                }
                else from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    public static string Reference(int row, int column) => Diagnostics.SourceLocation.CellReference(row, column);

    public static string ColumnLetters(int column) => Reference(1, column)[..^1];

    /// <summary>A text cell (inline string, so the workbook needs no shared-string table).</summary>
    public static Cell Text(int row, int column, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(row, column),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>A number cell holding <paramref name="number"/> exactly as written (invariant culture, no exponent).</summary>
    public static Cell Number(int row, int column, string number, uint style) => new(new CellValue(number))
    {
        CellReference = Reference(row, column),
        StyleIndex = style,
    };

    public static Cell Number(int row, int column, decimal number, uint style) => Number(row, column, Invariant(number), style);

    /// <summary>A cell with only a style (a blank to fill in).</summary>
    public static Cell Blank(int row, int column, uint style) => new() { CellReference = Reference(row, column), StyleIndex = style };

    /// <summary>A formula with its computed value cached, so a reader that does not recalculate still shows the figure.</summary>
    public static Cell Formula(int row, int column, string formula, decimal cached, uint style) => new(new CellFormula(formula), new CellValue(Invariant(cached)))
    {
        CellReference = Reference(row, column),
        StyleIndex = style,
    };

    /// <summary>A formula whose cached value is text.</summary>
    public static Cell TextFormula(int row, int column, string formula, string cached, uint style) => new(new CellFormula(formula), new CellValue(cached))
    {
        CellReference = Reference(row, column),
        DataType = CellValues.String,
        StyleIndex = style,
    };

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sheet name as Excel accepts it: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : c).ToArray()).Trim('\'');
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean;
    }

    /// <summary>A sheet name quoted for a formula or a defined name: <c>'1 收支预算总表'</c>.</summary>
    public static string QuotedSheet(string name) => "'" + name.Replace("'", "''") + "'";

    /// <summary>Appends a worksheet part with a fixed relationship id and registers it in the workbook.</summary>
    public static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint id, Worksheet worksheet, bool hidden = false)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>($"rId{id}");
        part.Worksheet = worksheet;
        var sheet = new Sheet { Name = name, SheetId = id, Id = $"rId{id}" };
        if (hidden) sheet.State = SheetStateValues.Hidden;
        sheets.Append(sheet);
        return part;
    }

    /// <summary>A sheet view with the first <paramref name="rows"/> rows (and <paramref name="columns"/> columns) frozen.</summary>
    public static SheetViews Frozen(int rows, int columns = 0, bool selected = false)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected) view.TabSelected = true;
        if (rows > 0 || columns > 0)
        {
            var pane = new Pane
            {
                TopLeftCell = Reference(rows + 1, columns + 1),
                ActivePane = rows > 0 && columns > 0 ? PaneValues.BottomRight : rows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight,
                State = PaneStateValues.Frozen,
            };
            if (rows > 0) pane.VerticalSplit = rows;
            if (columns > 0) pane.HorizontalSplit = columns;
            view.Append(pane);
        }
        return new SheetViews(view);
    }
}
