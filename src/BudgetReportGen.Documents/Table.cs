namespace BudgetReportGen.Documents;

public enum PageOrientation { Portrait, Landscape }

public enum CellAlignment { Left, Center, Right }

/// <summary>The kind of a body row; writers may set totals in bold or shade header rows.</summary>
public enum RowKind { Normal, Total, Subtotal, Section }

/// <summary>Rules about rows that every writer follows, so the three formats agree.</summary>
public static class RowKinds
{
    /// <summary>True when a body row of <paramref name="kind"/> is set in bold: 合计 (total), a 类 row (subtotal) and a
    /// section title row (a project's 项目（政策）名称), as official budget tables set them apart.</summary>
    public static bool IsBold(RowKind kind) => kind is RowKind.Total or RowKind.Subtotal or RowKind.Section;
}

/// <summary>
/// A table with several header rows whose cells span rows and columns, body cells that may span rows,
/// per-column width and alignment, and a caption block printed above it (表N, title, 部门名称, 单位).
/// <para>Rows list only the cells that <em>start</em> in them, as in HTML: a cell covered by a span from the
/// left or from above is not repeated. <see cref="TableGrid"/> resolves each cell's grid position.</para>
/// </summary>
public sealed record Table(
    string Anchor,
    TableCaption Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows,
    string? Remark = null,
    PageOrientation Orientation = PageOrientation.Portrait,
    string? TocLabel = null)
{
    /// <summary>True when the table has no body rows (it is then printed with its header and <see cref="Remark"/>).</summary>
    public bool IsEmpty => BodyRows.Count == 0;
}

/// <summary>
/// The block above a table: <see cref="Number"/> (the pack's table number, may be empty) and <see cref="Title"/> on their own lines,
/// then <see cref="LeftNote"/> (部门名称：…) on the left and <see cref="RightNote"/> (单位：万元) on the right of one line.
/// Empty strings are not printed. <see cref="Continued"/> (续表N, where the pack asks for one) heads every page a table continues on.
/// </summary>
/// <param name="NumberBelowTitle">The number is printed on the line after the title (the title first, then its number, as some
/// standards order them) instead of above it.</param>
public sealed record TableCaption(string Number, string Title, string LeftNote, string RightNote, string Continued = "", bool NumberBelowTitle = false)
{
    /// <summary>The caption's lines above the notes, in the order they are printed (empty ones left out); every writer prints these.</summary>
    public IReadOnlyList<string> Lines => (NumberBelowTitle ? new[] { Title, Number } : [Number, Title]).Where(s => s.Length > 0).ToList();
}

/// <summary>A column: its width as a relative weight (the widths of a table are scaled to the available width) and alignment.</summary>
public sealed record TableColumn(double Width, CellAlignment Alignment = CellAlignment.Left);

/// <summary>
/// A row. <see cref="Level"/> (optional) places the row in the hierarchy the table's body follows, as the pack declares it:
/// a row of level n is the sum of the rows of level n + 1 below it, up to the next row of level n or less (a 合计 row of
/// level 0 over 类 rows of level 1, a 类 over its 款 of level 2…). Writers that keep formulas (the workbook) use it; the others ignore it.
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, RowKind Kind = RowKind.Normal, int? Level = null);

/// <summary>
/// A cell. <see cref="Text"/> is already formatted (numbers with separators); a '\n' is a line break.
/// <see cref="Alignment"/> overrides the column's alignment when set.
/// </summary>
public sealed record TableCell(string Text, int ColSpan = 1, int RowSpan = 1, CellAlignment? Alignment = null, bool Bold = false);
