using System.Globalization;
using System.Text.RegularExpressions;
using BudgetReportGen.Core.Workbooks;
using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using S = BudgetReportGen.Workbooks.TablesWorkbookStyles;
using DocumentTable = BudgetReportGen.Documents.Table;

namespace BudgetReportGen.Workbooks;

/// <summary>
/// Writes every table of a document as a sheet of one workbook (<c>--format xlsx</c>), as published: caption (表N, title,
/// 部门名称 and 单位), merged header cells, amounts as numbers in <c>#,##0.00</c>, remarks, frozen header rows, column widths
/// from the table's columns, and print setup (A4, the table's orientation, fit to page width, header rows repeated on every
/// page). Knows nothing of budgets: a cell is a number when it is printed as one (3,773.89) in a right-aligned cell, and a
/// total becomes a real formula only where the table declares its levels (<see cref="TableRow.Level"/>) and the printed
/// figures of the rows it sums add up to the printed total exactly — then a reader who edits a figure sees the total follow,
/// and the computed value is cached, so nothing changes for one who does not.
/// </summary>
public sealed partial class TablesWorkbookWriter : IDocumentWriter
{
    public string Format => "xlsx";

    /// <summary>Tables with more columns than this print landscape even when the pack says portrait.</summary>
    private const int WideColumns = 9;

    private const int FirstHeaderRow = 4;

    public void Write(Document document, Stream output)
    {
        var tables = Collect(document);
        var bytes = Xlsx.Save(spreadsheet =>
        {
            var workbookPart = spreadsheet.AddWorkbookPart();
            var sheets = new Sheets();
            var names = new DefinedNames();
            var styles = workbookPart.AddNewPart<DocumentFormat.OpenXml.Packaging.WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = S.Build();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            if (tables.Count == 0)
            {
                Xlsx.AddSheet(workbookPart, sheets, "说明", id, new Worksheet(new SheetData(new Row(Xlsx.Text(1, 1, "本报告没有表格。", S.Default)) { RowIndex = 1 })));
            }
            foreach (var (table, remarks) in tables)
            {
                var name = UniqueName(table, used);
                var (worksheet, headerEnd) = Sheet(table, remarks, id == 1);
                Xlsx.AddSheet(workbookPart, sheets, name, id, worksheet);
                if (table.HeaderRows.Count > 0)
                    names.Append(new DefinedName($"{Xlsx.QuotedSheet(name)}!${FirstHeaderRow}:${headerEnd}") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
                id++;
            }
            var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
            if (names.HasChildren) workbook.Append(names);
            workbook.Append(new CalculationProperties { CalculationId = 191029 });
            workbookPart.Workbook = workbook;
        });
        output.Write(bytes);
    }

    /// <summary>The document's tables in order, each with the remarks printed right after it.</summary>
    private static List<(DocumentTable Table, List<string> Remarks)> Collect(Document document)
    {
        var tables = new List<(DocumentTable, List<string>)>();
        foreach (var block in document.Blocks)
        {
            if (block is TableBlock { Table: var table }) tables.Add((table, table.Remark is { Length: > 0 } r ? [r] : []));
            else if (block is Remark remark && tables.Count > 0 && ReferenceEquals(PreviousTable(document, block), tables[^1].Item1)) tables[^1].Item2.Add(remark.Text);
        }
        return tables;
    }

    private static DocumentTable? PreviousTable(Document document, Block block)
    {
        var index = -1;
        for (var i = 0; i < document.Blocks.Count; i++) if (ReferenceEquals(document.Blocks[i], block)) index = i;
        return index > 0 && document.Blocks[index - 1] is TableBlock { Table: var t } ? t : null;
    }

    private static string UniqueName(DocumentTable table, HashSet<string> used)
    {
        var baseName = Xlsx.SheetName(string.Join(" ", new[] { table.Caption.Number, table.Caption.Title }.Where(s => s.Length > 0)));
        var name = baseName;
        for (var k = 2; !used.Add(name); k++)
        {
            var suffix = $"({k})";
            name = (baseName.Length + suffix.Length > 31 ? baseName[..(31 - suffix.Length)] : baseName) + suffix;
        }
        return name;
    }

    private static (Worksheet Sheet, int HeaderEnd) Sheet(DocumentTable table, List<string> remarks, bool selected)
    {
        var n = table.Columns.Count;
        var widths = Widths(table);
        var rows = new SortedDictionary<int, Row>();
        var merges = new List<string>();
        Row RowAt(int r) => rows.TryGetValue(r, out var row) ? row : rows[r] = new Row { RowIndex = (uint)r };

        // Caption: 表N, the title across the table, then 部门名称 on the left and 单位 on the right.
        if (table.Caption.Number.Length > 0) RowAt(1).Append(Xlsx.Text(1, 1, table.Caption.Number, S.LeftNote));
        RowAt(2).Append(Xlsx.Text(2, 1, table.Caption.Title, S.Title));
        RowAt(2).Height = 27;
        RowAt(2).CustomHeight = true;
        if (n > 1) merges.Add($"A2:{Xlsx.Reference(2, n)}");
        var rightWidth = n == 1 ? 0 : Math.Max(1, n / 3);
        if (n == 1)
        {
            RowAt(3).Append(Xlsx.Text(3, 1, string.Join("    ", new[] { table.Caption.LeftNote, table.Caption.RightNote }.Where(s => s.Length > 0)), S.LeftNote));
        }
        else
        {
            RowAt(3).Append(Xlsx.Text(3, 1, table.Caption.LeftNote, S.LeftNote));
            if (n - rightWidth > 1) merges.Add($"A3:{Xlsx.Reference(3, n - rightWidth)}");
            RowAt(3).Append(Xlsx.Text(3, n - rightWidth + 1, table.Caption.RightNote, S.RightNote));
            if (rightWidth > 1) merges.Add($"{Xlsx.Reference(3, n - rightWidth + 1)}:{Xlsx.Reference(3, n)}");
        }

        var all = table.HeaderRows.Concat(table.BodyRows).ToList();
        var placed = TableGrid.Place(all, n);
        var headerCount = table.HeaderRows.Count;
        var numbers = Numbers(table, placed);
        var formulas = Formulas(table, placed, numbers);
        var heights = new double[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var r = FirstHeaderRow + i;
            var header = i < headerCount;
            var bold = !header && all[i].Kind is RowKind.Total or RowKind.Subtotal or RowKind.Section;
            var cells = new SortedDictionary<int, Cell>();
            foreach (var p in placed[i])
            {
                var c = p.Column + 1;
                var cell = p.Cell;
                var alignment = cell.Alignment ?? table.Columns[p.Column].Alignment;
                var isBold = bold || cell.Bold;
                uint style = header ? S.Header : S.Body(alignment, isBold);
                if (numbers.TryGetValue((i, p.Column), out var number))
                {
                    style = isBold ? S.AmountBold : S.Amount;
                    cells[c] = formulas.TryGetValue((i, p.Column), out var formula)
                        ? Xlsx.Formula(r, c, formula, number, style)
                        : Xlsx.Number(r, c, number, style);
                }
                else
                {
                    cells[c] = cell.Text.Length == 0 ? Xlsx.Blank(r, c, style) : Xlsx.Text(r, c, cell.Text, style);
                }
                // The slots a merged cell covers carry its borders.
                for (var dr = 0; dr < cell.RowSpan; dr++)
                for (var dc = 0; dc < cell.ColSpan; dc++)
                {
                    if (dr == 0 && dc == 0) continue;
                    if (dr == 0) cells[c + dc] = Xlsx.Blank(r, c + dc, style);
                    else RowAt(r + dr).Append(Xlsx.Blank(r + dr, c + dc, style));
                }
                if (cell.RowSpan > 1 || cell.ColSpan > 1)
                    merges.Add($"{Xlsx.Reference(r, c)}:{Xlsx.Reference(r + cell.RowSpan - 1, c + cell.ColSpan - 1)}");
                var span = Enumerable.Range(p.Column, cell.ColSpan).Sum(k => widths[k]);
                var lines = Lines(cell.Text, span);
                for (var dr = 0; dr < cell.RowSpan; dr++) heights[i + dr] = Math.Max(heights[i + dr], (double)lines / cell.RowSpan);
            }
            var row = RowAt(r);
            foreach (var cell in cells.Values) row.Append(cell);
        }
        for (var i = 0; i < all.Count; i++)
        {
            var row = RowAt(FirstHeaderRow + i);
            row.Height = Math.Max(1, Math.Ceiling(heights[i])) * 14.25 + 4;
            row.CustomHeight = true;
            // Cells were appended out of order where a span from above added covered slots: keep the columns sorted.
            var sorted = row.Elements<Cell>().OrderBy(x => ColumnOf(x.CellReference!.Value!)).ToList();
            row.RemoveAllChildren<Cell>();
            foreach (var cell in sorted) row.Append(cell);
        }

        var next = FirstHeaderRow + all.Count;
        foreach (var remark in remarks)
        {
            RowAt(next).Append(Xlsx.Text(next, 1, remark, S.Remark));
            if (n > 1) merges.Add($"{Xlsx.Reference(next, 1)}:{Xlsx.Reference(next, n)}");
            RowAt(next).Height = Math.Max(1, Lines(remark, widths.Sum())) * 14.25 + 4;
            RowAt(next).CustomHeight = true;
            next++;
        }

        var headerEnd = FirstHeaderRow + headerCount - 1;
        var landscape = table.Orientation == PageOrientation.Landscape || n > WideColumns;
        var columns = new Columns();
        for (var c = 0; c < n; c++)
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Round(widths[c], 2), CustomWidth = true });
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            Xlsx.Frozen(headerCount > 0 ? headerEnd : 3, selected: selected),
            new SheetFormatProperties { DefaultRowHeight = 14.25 },
            columns,
            new SheetData(rows.Values));
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new DocumentFormat.OpenXml.Spreadsheet.PageSetup
            {
                PaperSize = 9, // A4
                Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        return (worksheet, headerEnd);
    }

    /// <summary>Column widths in characters: the table's relative widths scaled to a printable page.</summary>
    private static double[] Widths(DocumentTable table)
    {
        var total = table.Columns.Sum(c => c.Width);
        var page = table.Orientation == PageOrientation.Landscape || table.Columns.Count > WideColumns ? 150.0 : 100.0;
        return table.Columns.Select(c => Math.Max(5, total <= 0 ? 12 : c.Width / total * page)).ToArray();
    }

    /// <summary>How many lines a text takes in a cell of <paramref name="width"/> characters (a Chinese character is two).</summary>
    private static int Lines(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch < 0x2E80 ? 1.0 : 2.0) / Math.Max(1, width - 1))));

    /// <summary>The body cells printed as amounts (3,773.89 in a right-aligned cell), with their values.</summary>
    private static Dictionary<(int Row, int Column), decimal> Numbers(DocumentTable table, IReadOnlyList<IReadOnlyList<PlacedCell>> placed)
    {
        var numbers = new Dictionary<(int, int), decimal>();
        for (var i = table.HeaderRows.Count; i < placed.Count; i++)
            foreach (var p in placed[i])
            {
                if ((p.Cell.Alignment ?? table.Columns[p.Column].Alignment) != CellAlignment.Right) continue;
                if (!AmountPattern().IsMatch(p.Cell.Text)) continue;
                numbers[(i, p.Column)] = decimal.Parse(p.Cell.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            }
        return numbers;
    }

    /// <summary>
    /// The totals that can be formulas: a row with a level, in a column where it is a number, whose rows one level below
    /// (up to the next row of its level or above) are numbers or blank and add up to exactly its printed figure.
    /// </summary>
    private static Dictionary<(int Row, int Column), string> Formulas(DocumentTable table, IReadOnlyList<IReadOnlyList<PlacedCell>> placed,
        Dictionary<(int Row, int Column), decimal> numbers)
    {
        var formulas = new Dictionary<(int, int), string>();
        var first = table.HeaderRows.Count;
        var rows = table.HeaderRows.Concat(table.BodyRows).ToList();
        for (var i = first; i < rows.Count; i++)
        {
            if (rows[i].Level is not { } level) continue;
            var children = new List<int>();
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (rows[j].Level is not { } l || l <= level) break;
                if (l == level + 1) children.Add(j);
            }
            if (children.Count == 0) continue;
            foreach (var p in placed[i])
            {
                if (!numbers.TryGetValue((i, p.Column), out var total) || p.Cell.ColSpan != 1) continue;
                var sum = 0m;
                var ok = true;
                foreach (var j in children)
                {
                    var child = placed[j].FirstOrDefault(x => x.Column == p.Column);
                    if (child.Cell is null || child.Cell.ColSpan != 1 || child.Cell.RowSpan != 1) { ok = false; break; }
                    if (numbers.TryGetValue((j, p.Column), out var value)) sum += value;
                    else if (child.Cell.Text.Length != 0) { ok = false; break; }
                }
                if (!ok || sum != total) continue;
                formulas[(i, p.Column)] = Sum(children.Select(j => FirstHeaderRow + j).ToList(), p.Column + 1);
            }
        }
        return formulas;
    }

    /// <summary>SUM over the given sheet rows of one column, consecutive rows as ranges (C5:C7,C9), nested past 255 arguments.</summary>
    internal static string Sum(IReadOnlyList<int> sheetRows, int column)
    {
        var parts = new List<string>();
        for (var k = 0; k < sheetRows.Count;)
        {
            var end = k;
            while (end + 1 < sheetRows.Count && sheetRows[end + 1] == sheetRows[end] + 1) end++;
            parts.Add(end == k ? Xlsx.Reference(sheetRows[k], column) : $"{Xlsx.Reference(sheetRows[k], column)}:{Xlsx.Reference(sheetRows[end], column)}");
            k = end + 1;
        }
        while (parts.Count > 255)
            parts = parts.Chunk(255).Select(chunk => $"SUM({string.Join(",", chunk)})").ToList();
        return $"SUM({string.Join(",", parts)})";
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) column = column * 26 + (ch - 'A' + 1);
        return column;
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*\.\d{2}$")]
    private static partial Regex AmountPattern();
}
