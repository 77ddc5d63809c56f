using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tables;

/// <summary>Column widths and cell padding of a table, shared by the table writer and the page estimator.</summary>
internal static class ColumnLayout
{
    /// <summary>Left and right cell padding: 1 mm, so 15 numeric columns still fit a landscape page.</summary>
    public static readonly int CellMarginTwips = Units.TwipsFromMm(1);

    /// <summary>Top and bottom cell padding: 0.6 mm, so a one-line row of 9 pt text is about 5.4 mm high, as in printed
    /// budget tables, while the longest tables (35 rows) still fit one portrait page.</summary>
    public static readonly int CellPaddingTwips = Units.TwipsFromMm(0.6);

    /// <summary>Column widths in twips: the widths fitted to the content (<see cref="ColumnFit"/>, the same fractions as the PDF and
    /// HTML writers) scaled to <paramref name="textWidthTwips"/>, summing to it exactly.</summary>
    public static int[] ColumnWidths(Table table, int textWidthTwips, DocumentStyle style)
    {
        var weights = table.Columns.Select(c => c.Width > 0 && double.IsFinite(c.Width) ? c.Width : 0).ToArray();
        if (weights.Length == 0 || weights.Sum() <= 0)
            throw new DocumentWriteException($"表格“{table.Caption.Number}{table.Caption.Title}”（{table.Anchor}）没有有效的列宽。请在表格定义中为每一列给出正数宽度。");
        weights = ColumnFit.Fractions(table, style);
        var total = weights.Sum();
        var widths = new int[weights.Length];
        double cumulative = 0;
        var previous = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            var edge = (int)Math.Round(cumulative / total * textWidthTwips, MidpointRounding.AwayFromZero);
            widths[i] = edge - previous;
            previous = edge;
        }
        return widths;
    }

    /// <summary>The text a cell prints: a header cell's broken at word boundaries (<see cref="ColumnFit.HeaderTexts"/>, as in PDF and HTML).</summary>
    public static string CellText(PlacedCell cell, bool header, IReadOnlyDictionary<(int Row, int Column), string> headerTexts) =>
        header ? headerTexts[(cell.Row, cell.Column)] : cell.Cell.Text;

    /// <summary>
    /// Whether a page may break after each row (header rows first): not inside rows joined by a row span, and not after
    /// a section row (e.g. a project's name) nor the row right after it, so a group's title rows never end a page
    /// apart from the group, as a heading keeps with the text after it.
    /// </summary>
    /// <param name="blockFits">Whether the block of body rows [title, end) (<see cref="TableGrid.BlockTitles"/>, e.g. one project)
    /// fits on one page below the header; such a block keeps together as a whole (every row but its last keeps with the next),
    /// as in the PDF and the HTML print. Without it only the title rows keep with the block.</param>
    public static bool[] BreakAllowedAfter(Table table, Func<int, int, bool>? blockFits = null)
    {
        var first = table.HeaderRows.Count;
        // Header rows keep with the next row anyway; the body's rule is the shared one, from the table placed once.
        var allowed = Enumerable.Repeat(true, first).Concat(TableGrid.Of(table).BreakAllowedAfter).ToArray();
        for (var i = 0; i < table.BodyRows.Count; i++)
            if (table.BodyRows[i].Kind == RowKind.Section)
            {
                for (var r = first + i; r <= Math.Min(first + i + 1, allowed.Length - 2); r++) allowed[r] = false;
                var end = TableGrid.BlockEnd(table.BodyRows, i);
                if (blockFits is not null && blockFits(i, end))
                    for (var r = first + i; r < first + end - 1; r++) allowed[r] = false;
            }
        return allowed;
    }

    /// <summary>The grid of header and body rows (body rows counted after the header rows), from the table placed once
    /// (<see cref="TableGrid.Of"/>); a malformed row is a template problem the user can fix.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(Table table)
    {
        var grid = TableGrid.Of(table);
        var offset = table.HeaderRows.Count;
        return [.. grid.Header, .. grid.Body.Select(row => (IReadOnlyList<PlacedCell>)row.Select(p => p with { Row = p.Row + offset }).ToList())];
    }
}
