using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout.Tables;

/// <summary>A body row as it appears in one slice: its height there, and for a row split across pages the lines it shows.</summary>
internal readonly record struct VisibleRow(int Index, double Height, int FromLine = 0);

/// <summary>
/// A table, or the part of it still to be placed. The first part carries the caption block; every part repeats the header rows.
/// Rows joined by row spans stay together; a row moves to the next page rather than splitting; a table that fits on a page
/// is not split; a group or row taller than a page is split between rows, and a row between its text lines.
/// A block under a section title row (a project of a performance table, <see cref="TableGrid.BlockTitles"/>) moves to the next page whole when it
/// fits on one; when it does not, the part that continues it repeats its title row under the header.
/// </summary>
internal sealed class TableElement : ILayoutElement
{
    private readonly Source source;
    private readonly int startRow;
    private readonly int startLine;

    public TableElement(Table table, TableFormats formats, LineBreaker breaker) : this(new Source(table, formats, breaker), 0, 0) { }

    private TableElement(Source source, int startRow, int startLine)
    {
        this.source = source;
        this.startRow = startRow;
        this.startLine = startLine;
    }

    public PageOrientation Orientation => source.Table.Orientation;

    private bool IsFirst => startRow == 0 && startLine == 0;

    /// <summary>The title row repeated above this part: the section row of the block it continues, or -1.</summary>
    private int RepeatedTitle(TableLayout layout) =>
        startRow > 0 && layout.BlockTitles[startRow] is var t && t >= 0 && (t < startRow || startLine > 0) ? t : -1;

    public Fit Measure(Space space)
    {
        var layout = source.Layout(space.Width);
        var title = RepeatedTitle(layout);
        var above = (IsFirst ? layout.CaptionHeight : layout.ContinuedHeight) + layout.Header.Height(0, layout.Header.Heights.Count)
            + (title >= 0 ? layout.Body.Heights[title] : 0);
        var anchor = IsFirst ? source.Table.Anchor : null;
        if (source.Table.IsEmpty)
        {
            var height = above + layout.RemarkHeight;
            if (height > space.Height && !space.AtPageTop) return Fit.Nothing(this);
            return new Fit(height, (context, top) => Draw(context, top, layout, []), null, Anchor: anchor);
        }
        var whole = above + layout.Body.Height(0, layout.Body.Heights.Count);
        if (IsFirst && !space.AtPageTop && whole > space.Height && whole <= space.PageHeight) return Fit.Nothing(this);

        var available = space.Height - above;
        var rows = WholeGroups(layout, available);
        if (rows.Count > 0)
        {
            rows = KeepBlock(layout, rows, space);
            if (rows.Count == 0) return Fit.Nothing(this);
        }
        if (rows.Count == 0)
        {
            if (!space.AtPageTop) return Fit.Nothing(this);
            rows = SingleRows(layout, available);
        }
        var last = rows[^1];
        var lastCells = layout.Body.Cells.Where(c => c.FirstRow == last.Index && c.LastRow == last.Index);
        var shownLines = RowLines(layout, last);
        var rowDone = lastCells.All(c => c.Lines.Count <= last.FromLine + shownLines);
        ILayoutElement? rest = !rowDone ? new TableElement(source, last.Index, last.FromLine + shownLines)
            : last.Index + 1 < layout.Body.Heights.Count ? new TableElement(source, last.Index + 1, 0)
            : null;
        return new Fit(above + rows.Sum(r => r.Height), (context, top) => Draw(context, top, layout, rows, title), rest, Anchor: anchor);
    }

    /// <summary>
    /// When the rows end inside a block that started on this part after its first row, and the whole block fits on a page
    /// below the header, the part ends before the block (which then starts the next page whole). Empty: nothing goes here.
    /// </summary>
    private List<VisibleRow> KeepBlock(TableLayout layout, List<VisibleRow> rows, Space space)
    {
        var next = rows[^1].Index + 1;
        if (next >= layout.Body.Heights.Count) return rows;
        var title = layout.BlockTitles[next];
        if (title < 0 || title < startRow || (title == startRow && startLine > 0)) return rows;
        var end = TableGrid.BlockEnd(Table.BodyRows, title);
        var block = layout.Body.Height(title, end);
        var room = space.PageHeight - layout.ContinuedHeight - layout.Header.Height(0, layout.Header.Heights.Count);
        if (block > room + 0.01) return rows; // too tall for any page: split, the rest repeats the title row
        var kept = rows.Where(r => r.Index < title).ToList();
        // The block opens this part: move the whole part to the next page, unless this page is already a fresh one.
        if (kept.Count == 0 && space.AtPageTop) return rows;
        return kept;
    }

    private Table Table => source.Table;

    /// <summary>Whole row groups (rows joined by row spans) from the start row while they fit.</summary>
    private List<VisibleRow> WholeGroups(TableLayout layout, double available)
    {
        var rows = new List<VisibleRow>();
        var used = 0.0;
        var r = startRow;
        while (r < layout.Body.Heights.Count)
        {
            var end = r;
            while (!layout.BreakAllowedAfter[end]) end++;
            var group = Enumerable.Range(r, end - r + 1).Select(i => Row(layout, i, i == startRow ? startLine : 0)).ToList();
            if (used + group.Sum(g => g.Height) > available + 0.01) break;
            rows.AddRange(group);
            used += group.Sum(g => g.Height);
            r = end + 1;
        }
        return rows;
    }

    /// <summary>At the top of a page, for a group taller than the page: single rows, and a row taller than the page cut between its lines.</summary>
    private List<VisibleRow> SingleRows(TableLayout layout, double available)
    {
        var rows = new List<VisibleRow>();
        var used = 0.0;
        for (var r = startRow; r < layout.Body.Heights.Count; r++)
        {
            var row = Row(layout, r, r == startRow ? startLine : 0);
            if (used + row.Height <= available + 0.01)
            {
                rows.Add(row);
                used += row.Height;
                continue;
            }
            if (rows.Count == 0)
            {
                var format = layout.Formats.Body(false);
                var lines = Math.Max(1, (int)Math.Floor((available - 2 * layout.Formats.Padding.Vertical) / format.LineHeight));
                rows.Add(row with { Height = lines * format.LineHeight + 2 * layout.Formats.Padding.Vertical });
            }
            break;
        }
        return rows;
    }

    private static VisibleRow Row(TableLayout layout, int index, int fromLine)
    {
        if (fromLine == 0) return new VisibleRow(index, layout.Body.Heights[index]);
        var height = layout.Body.Cells.Where(c => c.FirstRow == index && c.LastRow == index)
            .Select(c => layout.TextHeight(c, fromLine)).DefaultIfEmpty(0).Max();
        return new VisibleRow(index, Math.Max(height, layout.Formats.Body(false).LineHeight + 2 * layout.Formats.Padding.Vertical), fromLine);
    }

    private static int RowLines(TableLayout layout, VisibleRow row) =>
        (int)Math.Floor((row.Height - 2 * layout.Formats.Padding.Vertical + 0.01) / layout.Formats.Body(false).LineHeight);

    private static void Draw(DrawContext context, double top, TableLayout layout, IReadOnlyList<VisibleRow> rows, int title = -1)
    {
        var g = context.Graphics;
        var y = top;
        if (rows.Count == 0 || rows[0] is { Index: 0, FromLine: 0 })
            y = DrawCaption(g, context.Left, y, layout);
        else
            foreach (var line in layout.ContinuedLines)
            {
                LineDrawer.Draw(g, line, context.Left, layout.Width, y + layout.Formats.Caption.BaselineOffset, Alignment.Center);
                y += layout.Formats.Caption.LineHeight;
            }
        var header = layout.Header.Heights.Select((h, i) => new VisibleRow(i, h)).ToList();
        y = DrawRows(g, context.Left, y, layout, layout.Header, header);
        if (title >= 0) y = DrawRows(g, context.Left, y, layout, layout.Body, [new VisibleRow(title, layout.Body.Heights[title])]);
        y = DrawRows(g, context.Left, y, layout, layout.Body, rows);
        var remark = layout.Formats.Remark;
        y += layout.RemarkGap;
        foreach (var line in layout.RemarkLines)
        {
            LineDrawer.Draw(g, line, context.Left, layout.Width, y + remark.BaselineOffset, Alignment.Left);
            y += remark.LineHeight;
        }
    }

    private static double DrawCaption(XGraphics g, double left, double y, TableLayout layout)
    {
        var caption = layout.Formats.Caption;
        foreach (var line in layout.CaptionLines)
        {
            LineDrawer.Draw(g, line, left, layout.Width, y + caption.BaselineOffset, Alignment.Center);
            y += caption.LineHeight;
        }
        var note = layout.Formats.Note;
        for (var i = 0; i < layout.LeftNoteLines.Count; i++)
            LineDrawer.Draw(g, layout.LeftNoteLines[i], left, layout.Width, y + i * note.LineHeight + note.BaselineOffset, Alignment.Left);
        for (var i = 0; i < layout.RightNoteLines.Count; i++)
            LineDrawer.Draw(g, layout.RightNoteLines[i], left, layout.Width, y + i * note.LineHeight + note.BaselineOffset, Alignment.Right);
        return y + layout.NoteHeight;
    }

    /// <summary>Draws the cells of the visible rows, borders first then text; a cell spanning rows outside the slice is cut to it.</summary>
    private static double DrawRows(XGraphics g, double left, double top, TableLayout layout, LaidRows laid, IReadOnlyList<VisibleRow> rows)
    {
        if (rows.Count == 0) return top;
        var tops = new Dictionary<int, (double Top, VisibleRow Row)>();
        var y = top;
        foreach (var row in rows)
        {
            tops[row.Index] = (y, row);
            y += row.Height;
        }
        var first = rows[0].Index;
        var last = rows[^1].Index;
        var pen = new XPen(XColors.Black, layout.Formats.BorderWidth);
        var padding = layout.Formats.Padding;
        foreach (var cell in laid.Cells.Where(c => c.LastRow >= first && c.FirstRow <= last))
        {
            var from = Math.Max(cell.FirstRow, first);
            var to = Math.Min(cell.LastRow, last);
            var rect = new XRect(left + layout.ColumnLefts[cell.FirstColumn], tops[from].Top, layout.CellWidth(cell),
                tops[to].Top + tops[to].Row.Height - tops[from].Top);
            g.DrawRectangle(pen, rect);
            if (cell.FirstRow < first) continue; // its text was drawn on the page where it starts
            var fromLine = tops[cell.FirstRow].Row.FromLine;
            var format = cell.Format;
            var room = (int)Math.Floor((rect.Height - 2 * padding.Vertical + 0.01) / format.LineHeight);
            var count = Math.Min(cell.Lines.Count - fromLine, room);
            if (count <= 0) continue;
            var textTop = count == cell.Lines.Count - fromLine
                ? rect.Top + (rect.Height - count * format.LineHeight) / 2
                : rect.Top + padding.Vertical;
            for (var i = 0; i < count; i++)
                LineDrawer.Draw(g, cell.Lines[fromLine + i], rect.Left + padding.Horizontal, rect.Width - 2 * padding.Horizontal,
                    textTop + i * format.LineHeight + format.BaselineOffset, cell.Alignment);
        }
        return y;
    }

    /// <summary>The table and its layout, made once per width.</summary>
    private sealed class Source(Table table, TableFormats formats, LineBreaker breaker)
    {
        private TableLayout? layout;

        public Table Table => table;

        public TableLayout Layout(double width) =>
            layout is { } l && l.Width == width ? l : layout = new TableLayout(table, width, formats, breaker);
    }
}
