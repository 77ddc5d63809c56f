namespace BudgetReportGen.Documents;

/// <summary>A cell placed on the grid: its row and first column, counted from 0 over the header and body rows alike.</summary>
public readonly record struct PlacedCell(TableCell Cell, int Row, int Column);

/// <summary>
/// Resolves the cells of a list of rows (which name only the cells that start in them) onto a rectangular grid,
/// skipping the slots covered by spans from above. Writers that need every slot (Word's vMerge, a PDF grid) use this.
/// </summary>
public static class TableGrid
{
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
    public static IReadOnlyList<bool> BreakAllowedAfter(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var placed = Place(rows, columnCount);
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
