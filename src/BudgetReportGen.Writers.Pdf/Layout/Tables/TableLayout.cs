using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Layout.Tables;

/// <summary>A cell with its grid position, its broken lines and how they are set.</summary>
internal sealed record LaidCell(PlacedCell Placed, IReadOnlyList<Line> Lines, TextFormat Format, Alignment Alignment)
{
    public int FirstRow => Placed.Row;
    public int LastRow => Placed.Row + Placed.Cell.RowSpan - 1;
    public int FirstColumn => Placed.Column;
    public int ColumnSpan => Placed.Cell.ColSpan;
}

/// <summary>Rows of a table (the header or the body) laid out at one width: each row's height and the cells that start in it.</summary>
internal sealed record LaidRows(IReadOnlyList<double> Heights, IReadOnlyList<LaidCell> Cells)
{
    public double Height(int from, int to) => Heights.Skip(from).Take(to - from).Sum();
}

/// <summary>
/// A table laid out at one width: column positions (relative widths scaled to the width), the caption block,
/// the header and body rows with their wrapped cell text, where a page may break, and the remark of an empty table.
/// </summary>
internal sealed class TableLayout
{
    public TableLayout(Table table, double width, TableFormats formats, LineBreaker breaker)
    {
        Table = table;
        Formats = formats;
        // Widths fitted to the content, the same fractions as the Word and HTML writers use (ColumnFit).
        ColumnWidths = ColumnFit.Fractions(table, formats.Style).Select(f => width * f).ToList();
        ColumnLefts = ColumnWidths.Select((_, i) => ColumnWidths.Take(i).Sum()).ToList();
        Width = width;
        var captionFormat = formats.Caption;
        CaptionLines = table.Caption.Lines
            .SelectMany(s => breaker.Break([captionFormat.Run(s)], width, width))
            .ToList();
        ContinuedLines = table.Caption.Continued.Length > 0 ? breaker.Break([captionFormat.Run(table.Caption.Continued)], width, width) : [];
        var note = formats.Note;
        var rightWidth = table.Caption.RightNote.Length > 0 ? breaker.Break([note.Run(table.Caption.RightNote)], width, width)[0].NaturalWidth : 0;
        var leftWidth = Math.Max(width - rightWidth - note.EmSize, width / 2);
        LeftNoteLines = table.Caption.LeftNote.Length > 0 ? breaker.Break([note.Run(table.Caption.LeftNote)], leftWidth, leftWidth) : [];
        RightNoteLines = table.Caption.RightNote.Length > 0 ? breaker.Break([note.Run(table.Caption.RightNote)], width, width) : [];
        var grid = TableGrid.Of(table); // placed and validated once for all writers
        headerTexts = ColumnFit.HeaderTexts(table, formats.Style); // broken at word boundaries, as in Word and HTML
        bodyTexts = ColumnFit.BodyTexts(table, formats.Style); // no character left alone on a line, as in Word and HTML
        Header = LayRows(table.HeaderRows, grid.Header, header: true, breaker);
        Body = LayRows(table.BodyRows, grid.Body, header: false, breaker);
        BreakAllowedAfter = grid.BreakAllowedAfter;
        BlockTitles = grid.BlockTitles;
        RemarkLines = table.IsEmpty && !string.IsNullOrEmpty(table.Remark)
            ? breaker.Break([formats.Remark.Run(table.Remark)], width, width)
            : [];
    }

    private readonly IReadOnlyDictionary<(int Row, int Column), string> headerTexts;
    private readonly IReadOnlyDictionary<(int Row, int Column), string> bodyTexts;

    public Table Table { get; }
    public TableFormats Formats { get; }
    public double Width { get; }
    public IReadOnlyList<double> ColumnWidths { get; }
    public IReadOnlyList<double> ColumnLefts { get; }
    public IReadOnlyList<Line> CaptionLines { get; }
    /// <summary>The 续表 mark over the header of every part after the first (none when the pack asks for none).</summary>
    public IReadOnlyList<Line> ContinuedLines { get; }
    public double ContinuedHeight => ContinuedLines.Count * Formats.Caption.LineHeight;
    public IReadOnlyList<Line> LeftNoteLines { get; }
    public IReadOnlyList<Line> RightNoteLines { get; }
    public LaidRows Header { get; }
    public LaidRows Body { get; }
    public IReadOnlyList<bool> BreakAllowedAfter { get; }
    /// <summary>For each body row, the section title row of its block, or -1 (<see cref="TableGrid.BlockTitles"/>).</summary>
    public IReadOnlyList<int> BlockTitles { get; }
    public IReadOnlyList<Line> RemarkLines { get; }

    public double NoteHeight => Math.Max(LeftNoteLines.Count, RightNoteLines.Count) * Formats.Note.LineHeight;
    public double CaptionHeight => CaptionLines.Count * Formats.Caption.LineHeight + NoteHeight;
    /// <summary>The space between an empty table's last border and its remark: a quarter of the remark's line height.</summary>
    public double RemarkGap => RemarkLines.Count > 0 ? Formats.Remark.LineHeight / 4 : 0;

    public double RemarkHeight => RemarkGap + RemarkLines.Count * Formats.Remark.LineHeight;

    public double CellWidth(LaidCell cell) => ColumnWidths.Skip(cell.FirstColumn).Take(cell.ColumnSpan).Sum();

    private LaidRows LayRows(IReadOnlyList<TableRow> rows, IReadOnlyList<IReadOnlyList<PlacedCell>> placed, bool header, LineBreaker breaker)
    {
        var padding = Formats.Padding;
        var cells = new List<LaidCell>();
        foreach (var cell in placed.SelectMany(r => r))
        {
            // Total, 类 (subtotal) and section rows are set in bold, as in the Word and HTML output (RowKinds.IsBold).
            var format = header ? Formats.Header : Formats.Body(cell.Cell.Bold || RowKinds.IsBold(rows[cell.Row].Kind));
            var alignment = header ? Alignment.Center : (cell.Cell.Alignment ?? Table.Columns[cell.Column].Alignment) switch
            {
                CellAlignment.Center => Alignment.Center,
                CellAlignment.Right => Alignment.Right,
                _ => Alignment.Left,
            };
            var inner = Math.Max(ColumnWidths.Skip(cell.Column).Take(cell.Cell.ColSpan).Sum() - 2 * padding.Horizontal, format.EmSize);
            var lines = breaker.Break([format.Run((header ? headerTexts : bodyTexts)[(cell.Row, cell.Column)])], inner, inner);
            cells.Add(new LaidCell(cell, lines, format, alignment));
        }
        var minimum = (header ? Formats.Header : Formats.Body(false)).LineHeight + 2 * padding.Vertical;
        var heights = Enumerable.Repeat(minimum, rows.Count).ToArray();
        foreach (var cell in cells.Where(c => c.FirstRow == c.LastRow))
            heights[cell.FirstRow] = Math.Max(heights[cell.FirstRow], TextHeight(cell));
        foreach (var cell in cells.Where(c => c.FirstRow != c.LastRow).OrderBy(c => c.LastRow - c.FirstRow))
        {
            var spanned = heights.Skip(cell.FirstRow).Take(cell.LastRow - cell.FirstRow + 1).Sum();
            var deficit = TextHeight(cell) - spanned;
            if (deficit > 0) heights[cell.LastRow] += deficit;
        }
        return new LaidRows(heights, cells);
    }

    public double TextHeight(LaidCell cell, int fromLine = 0) =>
        Math.Max(cell.Lines.Count - fromLine, 1) * cell.Format.LineHeight + 2 * Formats.Padding.Vertical;
}
