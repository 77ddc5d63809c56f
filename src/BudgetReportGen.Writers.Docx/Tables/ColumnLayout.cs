using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tables;

/// <summary>Column widths and the cell grid of a table in Word's units.</summary>
internal static class ColumnLayout
{
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

    /// <summary>The text a cell prints (<paramref name="cell"/> placed by <see cref="Place"/>): a header cell's broken at word
    /// boundaries (<see cref="ColumnFit.HeaderTexts"/>), a body cell's with no character alone on a line (<see cref="ColumnFit.BodyTexts"/>),
    /// as in PDF and HTML.</summary>
    public static string CellText(PlacedCell cell, int headerRows, IReadOnlyDictionary<(int Row, int Column), string> headerTexts,
        IReadOnlyDictionary<(int Row, int Column), string> bodyTexts) =>
        cell.Row < headerRows ? headerTexts[(cell.Row, cell.Column)] : bodyTexts[(cell.Row - headerRows, cell.Column)];

    /// <summary>The grid of header and body rows (body rows counted after the header rows), from the table placed once
    /// (<see cref="TableGrid.Of"/>); a malformed row is a template problem the user can fix.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(Table table)
    {
        var grid = TableGrid.Of(table);
        var offset = table.HeaderRows.Count;
        return [.. grid.Header, .. grid.Body.Select(row => (IReadOnlyList<PlacedCell>)row.Select(p => p with { Row = p.Row + offset }).ToList())];
    }
}
