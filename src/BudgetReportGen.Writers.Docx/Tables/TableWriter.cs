using System.Globalization;
using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Fields;
using BudgetReportGen.Writers.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tables;

/// <summary>
/// Writes a model table: the caption lines (表N, title, 部门名称 left / 单位 right), the Word table with merged
/// header and body cells, repeated header rows, rows that never split, fixed column widths and borders on every
/// cell, total and section rows in bold (as the HTML writer sets them), then the remark below (e.g. the note under an
/// empty table). Where the pack asks for a 续表 mark, the table is cut where the page estimate breaks it
/// (<see cref="M.PageEstimate.Parts"/>): each later part starts a new page with the mark and the header rows.
/// </summary>
internal sealed class TableWriter(Bookmarks bookmarks, M.DocumentStyle style)
{
    private const int BorderEighthsOfPoint = 4; // 0.5 pt lines

    /// <param name="textWidthTwips">Width of the text area of the table's section.</param>
    /// <param name="tocLevel">The table's level in the table of contents, when it is listed there (a TC field marks it).</param>
    /// <param name="estimate">The page estimate: where a page may break (blocks that fit a page kept whole), where the table
    /// breaks, whether it is compact.</param>
    public IEnumerable<BodyItem> Write(M.Table table, int textWidthTwips, int? tocLevel, M.PageEstimate estimate)
    {
        var caption = Caption(table.Caption, textWidthTwips);
        var first = caption[0];
        bookmarks.Mark(first, table.Anchor);
        if (tocLevel is { } level && table.TocLabel is { } label)
            first.Append(FieldRuns.Marker($"TC {FieldRuns.Quote(label)} \\f C \\l {level.ToString(CultureInfo.InvariantCulture)}"));
        foreach (var paragraph in caption) yield return paragraph;
        var grid = new Grid(table, textWidthTwips, estimate, style);
        foreach (var (from, to) in estimate.Parts(table))
        {
            if (from > 0) yield return Continued(table.Caption.Continued);
            yield return grid.Part(from, to);
        }
        if (!string.IsNullOrEmpty(table.Remark))
            yield return Paragraphs.Styled(StyleIds.Remark, Runs.Text(table.Remark));
    }

    /// <summary>The 续表 line that opens a page a table continues on.</summary>
    private static Paragraph Continued(string text)
    {
        var paragraph = Paragraphs.Styled(StyleIds.TableCaption, Runs.Text(text));
        paragraph.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        paragraph.ParagraphProperties.KeepNext = new KeepNext();
        return paragraph;
    }

    private static List<Paragraph> Caption(M.TableCaption caption, int textWidthTwips)
    {
        var lines = new List<Paragraph>();
        lines.AddRange(caption.Lines.Select(line => Paragraphs.Styled(StyleIds.TableCaption, Runs.Text(line))));
        if (caption.LeftNote.Length > 0 || caption.RightNote.Length > 0 || lines.Count == 0)
        {
            var note = Paragraphs.Styled(StyleIds.TableNote);
            note.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidthTwips });
            if (caption.LeftNote.Length > 0) note.Append(Runs.Text(caption.LeftNote));
            if (caption.RightNote.Length > 0) note.Append(Runs.Text("\t" + caption.RightNote));
            lines.Add(note);
        }
        return lines;
    }

    /// <summary>The Word table, written straight to the XML writer, whole or in parts. Widths and the cell grid are worked out
    /// once, so a malformed table fails before anything is written.</summary>
    private sealed class Grid
    {
        private readonly M.Table table;
        private readonly int textWidthTwips;
        private readonly M.DocumentStyle style;
        private readonly int[] widths;
        private readonly M.PlacedCell?[,] owner;
        private readonly IReadOnlyDictionary<(int Row, int Column), string> headerTexts;
        private readonly IReadOnlyDictionary<(int Row, int Column), string> bodyTexts;
        private readonly bool[] breakAllowed;
        private readonly double verticalPaddingPt;

        public Grid(M.Table table, int textWidthTwips, M.PageEstimate estimate, M.DocumentStyle style)
        {
            this.table = table;
            this.textWidthTwips = textWidthTwips;
            this.style = style;
            widths = ColumnLayout.ColumnWidths(table, textWidthTwips, style);
            var placed = ColumnLayout.Place(table);
            headerTexts = M.ColumnFit.HeaderTexts(table, style); // broken at word boundaries, as in PDF and HTML
            bodyTexts = M.ColumnFit.BodyTexts(table, style); // no character alone on a line, as in PDF and HTML
            owner = new M.PlacedCell?[placed.Count, widths.Length];
            foreach (var row in placed)
                foreach (var p in row)
                    for (var r = p.Row; r < Math.Min(placed.Count, p.Row + p.Cell.RowSpan); r++)
                        for (var c = p.Column; c < p.Column + p.Cell.ColSpan; c++)
                            owner[r, c] = p;
            for (var r = 0; r < placed.Count; r++)
                for (var c = 0; c < widths.Length; c++)
                    if (owner[r, c] is null) throw new InvalidOperationException("TableGrid left a slot uncovered.");
            breakAllowed = estimate.BreakAllowed[table.Anchor]; // the estimate places every table of the document
            verticalPaddingPt = estimate.VerticalPaddingPt(table);
        }

        /// <summary>The header rows and the body rows [<paramref name="from"/>, <paramref name="to"/>) as one Word table; a cell
        /// spanning rows from before the part restarts in it, empty.</summary>
        public BodyItem Part(int from, int to) => BodyItem.Streamed(w =>
        {
            var headerCount = table.HeaderRows.Count;
            Wml.Start(w, "tbl");
            Properties(textWidthTwips, style, verticalPaddingPt).WriteTo(w);
            Wml.Start(w, "tblGrid");
            foreach (var width in widths)
            {
                Wml.Start(w, "gridCol");
                Wml.Attribute(w, "w", Text(width));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            var firstBody = headerCount + from;
            var last = headerCount + to - 1;
            foreach (var r in Enumerable.Range(0, headerCount).Concat(Enumerable.Range(firstBody, to - from)))
            {
                var isHeader = r < headerCount;
                var boldRow = !isHeader && M.RowKinds.IsBold(table.BodyRows[r - headerCount].Kind);
                var keepWithNext = isHeader || (!breakAllowed[r] && r < last);
                Wml.Start(w, "tr");
                Wml.Start(w, "trPr");
                Wml.Empty(w, "cantSplit");
                if (isHeader) Wml.Empty(w, "tblHeader");
                w.WriteEndElement();
                for (var c = 0; c < widths.Length;)
                {
                    var p = owner[r, c]!.Value;
                    var span = p.Cell.ColSpan;
                    var starts = p.Row == r;
                    var restarts = starts || (!isHeader && r == firstBody); // a span from the part before restarts here
                    Wml.Start(w, "tc");
                    Wml.Start(w, "tcPr");
                    var width = 0;
                    for (var k = c; k < c + span; k++) width += widths[k];
                    Wml.Width(w, "tcW", Text(width));
                    if (span > 1) Wml.Val(w, "gridSpan", Text(span));
                    if (p.Cell.RowSpan > 1) Wml.Val(w, "vMerge", restarts ? "restart" : "continue");
                    Wml.Val(w, "vAlign", "center");
                    w.WriteEndElement();
                    var alignment = p.Cell.Alignment ?? (isHeader ? M.CellAlignment.Center : table.Columns[c].Alignment);
                    var paragraphStyle = isHeader ? StyleIds.TableHeader : StyleIds.TableBody;
                    foreach (var line in starts ? ColumnLayout.CellText(p, headerCount, headerTexts, bodyTexts).Split('\n') : [""])
                    {
                        Wml.Start(w, "p");
                        Wml.Start(w, "pPr");
                        Wml.Val(w, "pStyle", paragraphStyle);
                        if (keepWithNext) Wml.Empty(w, "keepNext");
                        Wml.Val(w, "jc", Formatting.JustificationName(alignment));
                        w.WriteEndElement();
                        if (line.Length > 0) Runs.Write(w, line, p.Cell.Bold || boldRow);
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                    c += span;
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    /// <summary>The table's properties: full width, fixed layout, rules on every cell and the shared cell padding
    /// (<see cref="M.TableMetrics"/>, less above and below the text in a compact table).</summary>
    private static TableProperties Properties(int textWidthTwips, M.DocumentStyle style, double verticalPaddingPt)
    {
        var vertical = Text(Units.TwipsFromPt(verticalPaddingPt));
        var horizontal = (short)Units.TwipsFromPt(M.TableMetrics.HorizontalPaddingPt(style));
        static T Line<T>() where T : BorderType, new() =>
            new() { Val = BorderValues.Single, Size = BorderEighthsOfPoint, Space = 0U, Color = "000000" };
        return new TableProperties(
            new TableWidth { Width = Text(textWidthTwips), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = vertical, Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = horizontal, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = vertical, Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = horizontal, Type = TableWidthValues.Dxa }));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
