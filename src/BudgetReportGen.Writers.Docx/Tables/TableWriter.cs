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
/// empty table).
/// </summary>
internal sealed class TableWriter(Bookmarks bookmarks, M.DocumentStyle style)
{
    private const int BorderEighthsOfPoint = 4; // 0.5 pt lines

    /// <param name="textWidthTwips">Width of the text area of the table's section.</param>
    /// <param name="tocLevel">The table's level in the table of contents, when it is listed there (a TC field marks it).</param>
    /// <param name="breakAllowed">Where a page may break (header rows first), as the page estimate laid the table out; by default
    /// <see cref="ColumnLayout.BreakAllowedAfter"/> without block sizes.</param>
    public IEnumerable<BodyItem> Write(M.Table table, int textWidthTwips, int? tocLevel, bool[]? breakAllowed = null)
    {
        var caption = Caption(table.Caption, textWidthTwips);
        var first = caption[0];
        bookmarks.Mark(first, table.Anchor);
        if (tocLevel is { } level && table.TocLabel is { } label)
            first.Append(FieldRuns.Marker($"TC {FieldRuns.Quote(label)} \\f C \\l {level.ToString(CultureInfo.InvariantCulture)}"));
        foreach (var paragraph in caption) yield return paragraph;
        yield return Grid(table, textWidthTwips, breakAllowed, style);
        if (!string.IsNullOrEmpty(table.Remark))
            yield return Paragraphs.Styled(StyleIds.Remark, Runs.Text(table.Remark));
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

    /// <summary>The Word table, written straight to the XML writer. Widths and the cell grid are worked out here, so a
    /// malformed table fails before anything is written.</summary>
    private static BodyItem Grid(M.Table table, int textWidthTwips, bool[]? given, M.DocumentStyle style)
    {
        var widths = ColumnLayout.ColumnWidths(table, textWidthTwips, style);
        var placed = ColumnLayout.Place(table);
        var headerTexts = M.ColumnFit.HeaderTexts(table, style); // broken at word boundaries, as in PDF and HTML
        var rows = placed.Count;
        var columns = widths.Length;
        var owner = new M.PlacedCell?[rows, columns];
        foreach (var row in placed)
            foreach (var p in row)
                for (var r = p.Row; r < Math.Min(rows, p.Row + p.Cell.RowSpan); r++)
                    for (var c = p.Column; c < p.Column + p.Cell.ColSpan; c++)
                        owner[r, c] = p;
        var breakAllowed = given ?? ColumnLayout.BreakAllowedAfter(table);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                if (owner[r, c] is null) throw new InvalidOperationException("TableGrid left a slot uncovered.");

        return BodyItem.Streamed(w =>
        {
            Wml.Start(w, "tbl");
            Properties(textWidthTwips).WriteTo(w);
            Wml.Start(w, "tblGrid");
            foreach (var width in widths)
            {
                Wml.Start(w, "gridCol");
                Wml.Attribute(w, "w", Text(width));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            for (var r = 0; r < rows; r++)
            {
                var isHeader = r < table.HeaderRows.Count;
                var boldRow = !isHeader && M.RowKinds.IsBold(table.BodyRows[r - table.HeaderRows.Count].Kind);
                var keepWithNext = isHeader || !breakAllowed[r];
                Wml.Start(w, "tr");
                Wml.Start(w, "trPr");
                Wml.Empty(w, "cantSplit");
                if (isHeader) Wml.Empty(w, "tblHeader");
                w.WriteEndElement();
                for (var c = 0; c < columns;)
                {
                    var p = owner[r, c]!.Value;
                    var span = p.Cell.ColSpan;
                    var starts = p.Row == r;
                    Wml.Start(w, "tc");
                    Wml.Start(w, "tcPr");
                    var width = 0;
                    for (var k = c; k < c + span; k++) width += widths[k];
                    Wml.Width(w, "tcW", Text(width));
                    if (span > 1) Wml.Val(w, "gridSpan", Text(span));
                    if (p.Cell.RowSpan > 1) Wml.Val(w, "vMerge", starts ? "restart" : "continue");
                    Wml.Val(w, "vAlign", "center");
                    w.WriteEndElement();
                    var alignment = p.Cell.Alignment ?? (isHeader ? M.CellAlignment.Center : table.Columns[c].Alignment);
                    var style = isHeader ? StyleIds.TableHeader : StyleIds.TableBody;
                    foreach (var line in starts ? ColumnLayout.CellText(p, isHeader, headerTexts).Split('\n') : [""])
                    {
                        Wml.Start(w, "p");
                        Wml.Start(w, "pPr");
                        Wml.Val(w, "pStyle", style);
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

    private static TableProperties Properties(int textWidthTwips)
    {
        static T Line<T>() where T : BorderType, new() =>
            new() { Val = BorderValues.Single, Size = BorderEighthsOfPoint, Space = 0U, Color = "000000" };
        return new TableProperties(
            new TableWidth { Width = Text(textWidthTwips), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = Text(ColumnLayout.CellPaddingTwips), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)ColumnLayout.CellMarginTwips, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = Text(ColumnLayout.CellPaddingTwips), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)ColumnLayout.CellMarginTwips, Type = TableWidthValues.Dxa }));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
