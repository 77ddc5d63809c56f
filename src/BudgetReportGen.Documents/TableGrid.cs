using System.Runtime.CompilerServices;

namespace BudgetReportGen.Documents;

/// <summary>
/// A table placed on its grid once (<see cref="TableGrid.Of"/>): the header and body rows (each counted from 0), where a page
/// may break after each body row, and each body row's block title. Every writer reads this instead of placing the table itself,
/// so a malformed table is reported once, with one message.
/// </summary>
public sealed class PlacedTable
{
    internal PlacedTable(Table table)
    {
        Header = Place(table, table.HeaderRows, "表头");
        Body = Place(table, table.BodyRows, "表体");
        BreakAllowedAfter = TableGrid.BreakAllowedAfter(table.BodyRows, Body);
        BlockTitles = TableGrid.BlockTitles(table.BodyRows);
    }

    public IReadOnlyList<IReadOnlyList<PlacedCell>> Header { get; }
    public IReadOnlyList<IReadOnlyList<PlacedCell>> Body { get; }

    /// <summary>For each body row, whether a page may break after it (<see cref="TableGrid.BreakAllowedAfter(IReadOnlyList{TableRow}, int)"/>).</summary>
    public IReadOnlyList<bool> BreakAllowedAfter { get; }

    /// <summary>For each body row, the section title row of its block, or -1 (<see cref="TableGrid.BlockTitles"/>).</summary>
    public IReadOnlyList<int> BlockTitles { get; }

    /// <summary>How messages name a table: its number and anchor, e.g. "表N（table-N）", or the anchor alone when the table has no number.</summary>
    public static string Name(Table table) =>
        table.Caption.Number.Length > 0 ? $"{table.Caption.Number}（{table.Anchor}）" : $"表格 {table.Anchor}";

    private static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(Table table, IReadOnlyList<TableRow> rows, string part)
    {
        try
        {
            return TableGrid.Place(rows, table.Columns.Count);
        }
        catch (InvalidOperationException e)
        {
            throw new DocumentWriteException(
                $"{Name(table)}的{part}与它的 {table.Columns.Count} 列对不上（{e.Message}）。" +
                "请检查表格模板中该表的列定义和合并单元格（ColSpan/RowSpan）。");
        }
    }
}

/// <summary>A cell placed on the grid: its row and first column, counted from 0 over the header and body rows alike.</summary>
public readonly record struct PlacedCell(TableCell Cell, int Row, int Column);

/// <summary>
/// Resolves the cells of a list of rows (which name only the cells that start in them) onto a rectangular grid,
/// skipping the slots covered by spans from above. Writers that need every slot (Word's vMerge, a PDF grid) use this.
/// </summary>
public static class TableGrid
{
    private static readonly ConditionalWeakTable<Table, PlacedTable> Placed = [];

    /// <summary>The table placed on its grid, validated once per table object (cached; safe from several threads); a malformed
    /// table throws <see cref="DocumentWriteException"/> naming the table and the part (表头/表体).</summary>
    public static PlacedTable Of(Table table) => Placed.GetValue(table, t => new PlacedTable(t));

    /// <summary>Places every cell of <paramref name="rows"/>; throws <see cref="InvalidOperationException"/> if a row does not fill exactly
    /// <paramref name="columnCount"/> columns, a span is below 1, or a cell spans past the last row.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var coveredUntil = new int[columnCount]; // row index (exclusive) until which a column slot is covered from above
        var result = new List<IReadOnlyList<PlacedCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var placed = new List<PlacedCell>(rows[r].Cells.Count);
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                if (cell.ColSpan < 1 || cell.RowSpan < 1)
                    throw new InvalidOperationException($"Table row {r + 1} has a cell spanning {cell.ColSpan} columns and {cell.RowSpan} rows; spans are at least 1.");
                if (r + cell.RowSpan > rows.Count)
                    throw new InvalidOperationException($"Table row {r + 1} has a cell spanning {cell.RowSpan} rows, past the table's last row.");
                while (column < columnCount && coveredUntil[column] > r) column++;
                if (column + cell.ColSpan > columnCount)
                    throw new InvalidOperationException($"Table row {r + 1} has more cells than its {columnCount} columns.");
                placed.Add(new PlacedCell(cell, r, column));
                for (var c = column; c < column + cell.ColSpan; c++) coveredUntil[c] = r + cell.RowSpan;
                column += cell.ColSpan;
            }
            while (column < columnCount && coveredUntil[column] > r) column++;
            if (column != columnCount)
                throw new InvalidOperationException($"Table row {r + 1} fills {column} of its {columnCount} columns.");
            result.Add(placed);
        }
        return result;
    }

    /// <summary>
    /// For each row, true when the row may be followed by a page break: no cell from it or an earlier row spans past it,
    /// and it is not a <see cref="RowKind.Section"/> title row.
    /// Paginators keep row groups joined by row spans on one page.
    /// </summary>
    public static IReadOnlyList<bool> BreakAllowedAfter(IReadOnlyList<TableRow> rows, int columnCount) =>
        BreakAllowedAfter(rows, Place(rows, columnCount));

    internal static IReadOnlyList<bool> BreakAllowedAfter(IReadOnlyList<TableRow> rows, IReadOnlyList<IReadOnlyList<PlacedCell>> placed)
    {
        var allowed = new bool[rows.Count];
        var reach = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var p in placed[r]) reach = Math.Max(reach, r + p.Cell.RowSpan - 1);
            // A section row (a group's title, e.g. a project's name) is a title: it never ends a page.
            allowed[r] = reach <= r && rows[r].Kind != RowKind.Section;
        }
        return allowed;
    }

    /// <summary>
    /// The keep-together rule every writer follows: for each body row, the index of the <see cref="RowKind.Section"/> title
    /// row of the block it belongs to (the block runs from a section row to the row before the next one, e.g. one
    /// project), or -1 for a row before the first section row. A block is kept on one page when it fits on one; when it does
    /// not, the continuation repeats the block's title row (PDF) or at least never separates it from the rows after it.
    /// </summary>
    public static IReadOnlyList<int> BlockTitles(IReadOnlyList<TableRow> rows)
    {
        var titles = new int[rows.Count];
        var current = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Kind == RowKind.Section) current = r;
            titles[r] = current;
        }
        return titles;
    }

    /// <summary>The index one past the last row of the block whose title row is <paramref name="title"/> (see <see cref="BlockTitles"/>).</summary>
    public static int BlockEnd(IReadOnlyList<TableRow> rows, int title)
    {
        var end = title + 1;
        while (end < rows.Count && rows[end].Kind != RowKind.Section) end++;
        return end;
    }
}
