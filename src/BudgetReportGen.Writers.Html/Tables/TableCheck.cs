using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Html.Tables;

/// <summary>Checks a table before it is written, so that a malformed table template is reported with the table's name.</summary>
internal static class TableCheck
{
    /// <summary>How messages name a table: "&lt;number&gt;（table-3）", or the anchor alone when the table has no number.</summary>
    public static string Name(Table table) => PlacedTable.Name(table);

    public static void Check(Table table)
    {
        if (table.Columns.Count == 0)
            throw new DocumentWriteException($"{Name(table)}没有定义任何列。请在表格模板中为该表定义列。");
        if (table.Columns.Any(c => !double.IsFinite(c.Width) || c.Width <= 0))
            throw new DocumentWriteException($"{Name(table)}的列宽必须是大于 0 的数。请检查表格模板中该表的列宽。");
        foreach (var cell in table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells))
        {
            if (cell.ColSpan < 1 || cell.RowSpan < 1)
                throw new DocumentWriteException(
                    $"{Name(table)}的单元格“{cell.Text}”的合并数（ColSpan={cell.ColSpan}, RowSpan={cell.RowSpan}）必须至少为 1。请检查表格模板。");
        }
    }
}
