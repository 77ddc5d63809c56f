using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Styles;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html.Tables;

/// <summary>
/// Writes a <see cref="Table"/> as a real &lt;table&gt;: a caption (表N, title, 部门名称 left / 单位 right), a colgroup with the
/// column widths as percentages, a thead of th cells with scope, a tbody, and the remark below. A landscape table's wrapper
/// carries the class that puts it on a landscape printed page; every table sits in a wrapper that scrolls sideways on a narrow screen.
/// A compact table (<see cref="PageEstimate.IsCompact"/>) carries its class. Where the pack asks for a 续表 mark, the table is cut
/// where the page estimate breaks it (<see cref="PageEstimate.Parts"/>): each later part is a table of its own, with the same
/// columns and header, that the print starts on a new page under the 续表 line (the screen shows one table).
/// </summary>
internal static class TableMarkup
{
    public static void Append(StringBuilder sb, Table table, DocumentStyle style, PageEstimate estimate)
    {
        var placed = TableGrid.Of(table);
        var compact = estimate.IsCompact(table);
        var texts = ColumnFit.BodyTexts(table, style); // as every writer prints them

        sb.Append("<div class=\"table-block");
        if (table.Orientation == PageOrientation.Landscape) sb.Append(' ').Append(StyleSheet.LandscapePage);
        sb.Append("\">\n");
        foreach (var (from, to) in estimate.Parts(table))
        {
            var first = from == 0;
            if (!first)
                sb.Append("<div class=\"").Append(StyleSheet.ContinuedPart).Append("\">\n<p class=\"table-continued ")
                    .Append(Roles.ClassName(TextRole.TableCaption)).Append("\" aria-hidden=\"true\">").AppendContent(table.Caption.Continued).Append("</p>\n");
            sb.Append("<div class=\"table-scroll\">\n<table");
            if (first) sb.Append(" id=\"").AppendAttribute(table.Anchor).Append('"');
            if (compact)
                sb.Append(" class=\"").Append(StyleSheet.CompactTable).Append("\" style=\"").Append(StyleSheet.CompactPadding).Append(':')
                    .Append(CssText.Number(estimate.VerticalPaddingPt(table))).Append("pt\"");
            sb.Append(">\n");
            if (first) AppendCaption(sb, table.Caption);
            AppendColumns(sb, table, style);
            AppendHeader(sb, table, style, placed.Header);
            if (to > from) AppendBody(sb, table, placed.Body, texts, from, to);
            sb.Append("</table>\n</div>\n");
            if (!first) sb.Append("</div>\n");
        }
        if (!string.IsNullOrEmpty(table.Remark))
            sb.Append("<p class=\"remark\">").AppendContent(table.Remark).Append("</p>\n");
        sb.Append("</div>\n");
    }

    private static void AppendHeader(StringBuilder sb, Table table, DocumentStyle style, IReadOnlyList<IReadOnlyList<PlacedCell>> header)
    {
        if (header.Count == 0) return;
        sb.Append("<thead>\n");
        // Header text broken at word boundaries for the fitted widths, as in PDF and Word (ColumnFit.HeaderTexts).
        var texts = ColumnFit.HeaderTexts(table, style);
        for (var r = 0; r < header.Count; r++) AppendHeaderRow(sb, header[r], texts);
        sb.Append("</thead>\n");
    }

    private static void AppendCaption(StringBuilder sb, TableCaption caption)
    {
        sb.Append("<caption>");
        foreach (var line in caption.Lines)
            sb.Append("<div class=\"").Append(ReferenceEquals(line, caption.Number) ? "table-number" : "table-title").Append("\">").AppendContent(line).Append("</div>");
        if (caption.LeftNote.Length > 0 || caption.RightNote.Length > 0)
        {
            sb.Append("<div class=\"table-notes\">");
            if (caption.LeftNote.Length > 0) sb.Append("<span class=\"note-left\">").AppendContent(caption.LeftNote).Append("</span>");
            if (caption.RightNote.Length > 0) sb.Append("<span class=\"note-right\">").AppendContent(caption.RightNote).Append("</span>");
            sb.Append("</div>");
        }
        sb.Append("</caption>\n");
    }

    /// <summary>The columns' widths fitted to the content (<see cref="ColumnFit"/>), as in the PDF and Word output.</summary>
    private static void AppendColumns(StringBuilder sb, Table table, DocumentStyle style)
    {
        sb.Append("<colgroup>");
        foreach (var fraction in ColumnFit.Fractions(table, style))
            sb.Append("<col style=\"width:").Append(CssText.Number(fraction * 100)).Append("%\"/>");
        sb.Append("</colgroup>\n");
    }

    private static void AppendHeaderRow(StringBuilder sb, IReadOnlyList<PlacedCell> row, IReadOnlyDictionary<(int Row, int Column), string> texts)
    {
        sb.Append("<tr>");
        foreach (var placed in row)
        {
            var cell = placed.Cell;
            sb.Append("<th scope=\"").Append(cell.ColSpan > 1 ? "colgroup" : "col").Append('"');
            AppendSpans(sb, cell);
            AppendClasses(sb, cell.Alignment ?? CellAlignment.Center, CellAlignment.Center, cell.Bold);
            sb.Append('>').AppendContentWithBreaks(texts[(placed.Row, placed.Column)]).Append("</th>");
        }
        sb.Append("</tr>\n");
    }

    /// <summary>
    /// The body rows [<paramref name="from"/>, <paramref name="to"/>), in one tbody, or in one tbody per group when the table has
    /// section rows (e.g. one group per project): a group starts at a section row that no row span crosses, and is kept on one
    /// printed page when it fits. A cell spanning rows from before <paramref name="from"/> restarts, empty, in its first row; a span ends with the part.
    /// </summary>
    private static void AppendBody(StringBuilder sb, Table table, IReadOnlyList<IReadOnlyList<PlacedCell>> body,
        IReadOnlyDictionary<(int Row, int Column), string> texts, int from, int to)
    {
        var breakAllowedAfter = TableGrid.Of(table).BreakAllowedAfter;
        for (var r = from; r < to; r++)
        {
            var kind = table.BodyRows[r].Kind;
            var startsGroup = kind == RowKind.Section && (r == 0 || breakAllowedAfter[r - 1]);
            if (r == from || startsGroup)
            {
                if (r > from) sb.Append("</tbody>\n");
                sb.Append(startsGroup ? "<tbody class=\"group\">\n" : "<tbody>\n");
            }
            var cells = r == from && from > 0 ? Carried(body, from) : body[r];
            // A span ends with the part (the next part restarts it); the text as every writer prints it (ColumnFit.BodyTexts).
            AppendBodyRow(sb, table, kind, cells.Select(p => p with { Cell = p.Cell with
            {
                RowSpan = Math.Min(p.Cell.RowSpan, to - r),
                Text = p.Row == r && p.Cell.Text.Length > 0 ? texts[(r, p.Column)] : p.Cell.Text,
            } }).ToList());
        }
        sb.Append("</tbody>\n");
    }

    /// <summary>The cells of row <paramref name="row"/> with those that span into it from above restarted in it, empty.</summary>
    private static List<PlacedCell> Carried(IReadOnlyList<IReadOnlyList<PlacedCell>> body, int row) =>
        body.Take(row).SelectMany(r => r).Where(p => p.Row + p.Cell.RowSpan > row)
            .Select(p => p with { Row = row, Cell = p.Cell with { Text = "", RowSpan = p.Row + p.Cell.RowSpan - row } })
            .Concat(body[row]).OrderBy(p => p.Column).ToList();

    private static void AppendBodyRow(StringBuilder sb, Table table, RowKind kind, IReadOnlyList<PlacedCell> row)
    {
        sb.Append(kind switch
        {
            RowKind.Total => "<tr class=\"total\">",
            RowKind.Subtotal => "<tr class=\"subtotal\">",
            RowKind.Section => "<tr class=\"section\">",
            _ => "<tr>",
        });
        foreach (var placed in row)
        {
            var cell = placed.Cell;
            sb.Append("<td");
            AppendSpans(sb, cell);
            AppendClasses(sb, cell.Alignment ?? table.Columns[placed.Column].Alignment, CellAlignment.Left, cell.Bold);
            sb.Append('>').AppendContentWithBreaks(cell.Text).Append("</td>");
        }
        sb.Append("</tr>\n");
    }

    private static void AppendSpans(StringBuilder sb, TableCell cell)
    {
        if (cell.ColSpan > 1) sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
        if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
    }

    /// <summary>Writes the alignment class when it differs from the element's default, and the bold class.</summary>
    private static void AppendClasses(StringBuilder sb, CellAlignment alignment, CellAlignment elementDefault, bool bold)
    {
        var align = alignment == elementDefault ? null : alignment switch
        {
            CellAlignment.Left => "l",
            CellAlignment.Center => "c",
            _ => "r",
        };
        if (align is null && !bold) return;
        sb.Append(" class=\"");
        if (align is not null) sb.Append(align);
        if (bold) sb.Append(align is null ? "b" : " b");
        sb.Append('"');
    }
}
