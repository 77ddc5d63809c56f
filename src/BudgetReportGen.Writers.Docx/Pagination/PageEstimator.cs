using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Charts;
using BudgetReportGen.Writers.Docx.Sections;
using BudgetReportGen.Writers.Docx.Styles;
using BudgetReportGen.Writers.Docx.Tables;

namespace BudgetReportGen.Writers.Docx.Pagination;

/// <summary>
/// Estimates the printed page number of every heading and table so the table of contents opens filled in with
/// believable numbers (Word replaces them with exact ones when the user updates the field). It lays the plan out
/// line by line: fixed line heights from the style, full-width characters one em wide and others half, paragraphs
/// that split across pages, headings kept with two lines of what follows, table rows that never split and header
/// rows repeated on each new page. Numbering starts at 1 on the first page of the body (after the cover and the contents).
/// </summary>
internal sealed class PageEstimator(DocumentStyle style, PageGeometry geometry)
{
    private double capacity;
    private double widthPt;
    private double used;
    private int page;
    private int numberingStart;
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool[]> breakAllowed = new(StringComparer.Ordinal);

    /// <summary>For each table (by anchor), after <see cref="Estimate"/>: whether a page may break after each row (header rows
    /// first), with every block that fits on a page kept whole (<see cref="ColumnLayout.BreakAllowedAfter"/>). The table writer
    /// sets keepNext from it, so Word keeps what the estimate kept.</summary>
    public IReadOnlyDictionary<string, bool[]> BreakAllowed => breakAllowed;

    public IReadOnlyDictionary<string, int> Estimate(IReadOnlyList<SectionPlan> sections, Func<TableOfContents, int> tocEntryCount)
    {
        page = 0;
        var numbered = false;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            if (s > 0) NewPage();
            capacity = Units.PtFromTwips(geometry.TextHeight(section.Orientation));
            widthPt = Units.PtFromTwips(geometry.TextWidth(section.Orientation));
            if (!section.IsCover && !numbered)
            {
                numbered = true;
                numberingStart = page;
            }
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                if (section.Blocks[b].PageBreakBefore && used > 0) NewPage();
                if (section.Blocks[b].Block is Heading) Keep(HeadingChainHeight(section.Blocks, b));
                Place(section.Blocks[b].Block, tocEntryCount);
            }
        }
        return pages;
    }

    private void Place(Block block, Func<TableOfContents, int> tocEntryCount)
    {
        switch (block)
        {
            case TitlePage:
                used = capacity; // the cover fills its page
                break;
            case TableOfContents toc:
                Flow(style.Font(TextRole.TocTitle), toc.Title, 0);
                var entries = tocEntryCount(toc); // collected once, not once per entry
                var entry = style.Font(TextRole.TocEntry) with { LineSpacingPt = TocFit.EntryLineSpacingPt(style, entries) };
                for (var i = 0; i < entries; i++) Flow(entry, "", 0);
                break;
            case Heading h:
                pages[h.Anchor] = Number;
                Flow(style.HeadingFont(h.Level), h.Text, style.HeadingIndentChars(h.Level));
                break;
            case Documents.Paragraph p:
                Flow(style.Font(p.Role), p.Text, p.FirstLineIndent ? style.FirstLineIndentChars : 0);
                break;
            case ListBlock list:
                foreach (var item in list.Items) Flow(style.Font(TextRole.Body), item.Marker + item.Text, style.FirstLineIndentChars);
                break;
            case Remark r:
                Flow(style.Font(TextRole.Remark), r.Text, 0);
                break;
            case TableBlock t:
                PlaceTable(t.Table);
                break;
            case ChartBlock c:
                var chartHeight = ChartHeight(c.Chart);
                Keep(chartHeight);
                used += chartHeight;
                break;
        }
    }

    /// <summary>A heading keeps with the next paragraph (keepNext), and so does a heading right after it: the run of
    /// headings from <paramref name="index"/> plus the first lines of the text that follows them must share a page — two
    /// lines, or all of a paragraph of three or fewer (widow and orphan control cannot split it 2 + 1), or the whole chart,
    /// which never splits.</summary>
    private double HeadingChainHeight(IReadOnlyList<PlannedBlock> blocks, int index)
    {
        double height = 0;
        var i = index;
        for (; i < blocks.Count && blocks[i].Block is Heading h; i++)
            height += Height(style.HeadingFont(h.Level), h.Text, style.HeadingIndentChars(h.Level));
        if (i < blocks.Count && blocks[i].Block is ChartBlock c) return height + ChartHeight(c.Chart);
        var body = style.Font(TextRole.Body);
        var kept = 2;
        if (i < blocks.Count && blocks[i].Block is Documents.Paragraph p && !p.Text.Contains('\n'))
        {
            var lines = Lines(style.Font(p.Role), p.Text, p.FirstLineIndent ? style.FirstLineIndentChars : 0, widthPt);
            if (lines <= 3) kept = lines;
        }
        return height + kept * TextMetrics.LineHeightPt(body);
    }

    /// <summary>A chart with its caption above (kept with it) and the space after it; it never splits.</summary>
    private double ChartHeight(Chart chart) =>
        (chart.Title.Length > 0 ? Height(style.Font(TextRole.TableCaption), chart.Title, 0) : 0)
        + ChartSize.HeightPt(ChartSize.Lay(chart, style, widthPt), capacity) + Units.PtFromTwips(InlineChart.SpacingAfterTwips);

    private void PlaceTable(Table table)
    {
        var captionFont = style.Font(TextRole.TableCaption);
        var noteFont = style.Font(TextRole.TableNote);
        var captionHeight = table.Caption.Lines.Sum(line => Height(captionFont, line, 0))
            + Height(noteFont, table.Caption.LeftNote + "\t" + table.Caption.RightNote, 0);
        var rowHeights = RowHeights(table);
        var headerCount = table.HeaderRows.Count;
        var headerHeight = rowHeights.Take(headerCount).Sum();
        var breakAllowed = ColumnLayout.BreakAllowedAfter(table,
            (title, end) => headerHeight + rowHeights.Skip(headerCount + title).Take(end - title).Sum() <= capacity);
        this.breakAllowed[table.Anchor] = breakAllowed;
        // The caption keeps with the header and the first group of body rows (when that group fits a page).
        var firstEnd = headerCount;
        while (firstEnd < rowHeights.Count - 1 && !breakAllowed[firstEnd]) firstEnd++;
        var firstGroup = rowHeights.Count > headerCount ? rowHeights.Skip(headerCount).Take(firstEnd - headerCount + 1).Sum() : 0;
        var firstBody = rowHeights.Count > headerCount ? rowHeights[headerCount] : 0;
        Keep(captionHeight + headerHeight + (captionHeight + headerHeight + firstGroup <= capacity ? firstGroup : firstBody));
        pages[table.Anchor] = Number;
        used += captionHeight + headerHeight;
        for (var r = headerCount; r < rowHeights.Count;)
        {
            var end = r; // rows r..end stay on one page (keep with next), unless they are taller than a page
            while (end < rowHeights.Count - 1 && !breakAllowed[end]) end++;
            var group = rowHeights.Skip(r).Take(end - r + 1).Sum();
            if (used + group > capacity && used > headerHeight && headerHeight + group <= capacity) NewTablePage(headerHeight);
            for (; r <= end; r++)
            {
                if (used + rowHeights[r] > capacity && used > headerHeight) NewTablePage(headerHeight);
                used += rowHeights[r];
            }
        }
        if (!string.IsNullOrEmpty(table.Remark)) Flow(style.Font(TextRole.Remark), table.Remark, 0);
    }

    /// <summary>A table continues on a new page below its repeated header rows.</summary>
    private void NewTablePage(double headerHeight)
    {
        NewPage();
        used = headerHeight;
    }

    private List<double> RowHeights(Table table)
    {
        var widths = ColumnLayout.ColumnWidths(table, geometry.TextWidth(table.Orientation), style);
        var placed = ColumnLayout.Place(table);
        var headerTexts = ColumnFit.HeaderTexts(table, style);
        var heights = new List<double>(placed.Count);
        for (var r = 0; r < placed.Count; r++)
        {
            var font = style.Font(r < table.HeaderRows.Count ? TextRole.TableHeader : TextRole.TableBody);
            var lines = 1;
            foreach (var p in placed[r])
            {
                if (p.Cell.RowSpan > 1) continue;
                var cellWidthPt = Units.PtFromTwips(widths.Skip(p.Column).Take(p.Cell.ColSpan).Sum() - 2 * ColumnLayout.CellMarginTwips);
                lines = Math.Max(lines, ColumnLayout.CellText(p, r < table.HeaderRows.Count, headerTexts).Split('\n').Sum(l => Lines(font, l, 0, cellWidthPt)));
            }
            heights.Add(lines * TextMetrics.LineHeightPt(font) + RowBorderPt + 2 * Units.PtFromTwips(ColumnLayout.CellPaddingTwips));
        }
        return heights;
    }

    private const double RowBorderPt = 0.5;

    private int Number => page - numberingStart + 1;

    private void NewPage()
    {
        page++;
        used = 0;
    }

    private void Keep(double height)
    {
        if (used > 0 && used + height > capacity) NewPage();
    }

    /// <summary>Places a paragraph that may split across pages, with widow and orphan control (at least two lines
    /// on each side of a break), as Word and LibreOffice do by default.</summary>
    private void Flow(FontSpec font, string text, double indentChars)
    {
        var line = TextMetrics.LineHeightPt(font);
        used += font.SpaceBeforePt;
        var lines = text.Split('\n').Sum(l => Lines(font, l, indentChars, widthPt));
        while (lines > 0)
        {
            var fit = (int)Math.Floor((capacity - used) / line + 1e-9);
            if (lines <= fit)
            {
                used += lines * line;
                break;
            }
            if (lines - fit < 2) fit = lines - 2; // leave no widow
            if (fit < 2 && used > 0)                // leave no orphan: the paragraph starts on the next page
            {
                NewPage();
                continue;
            }
            fit = Math.Max(fit, 1);
            lines -= fit;
            NewPage();
        }
        used += font.SpaceAfterPt;
    }

    private double Height(FontSpec font, string text, double indentChars) =>
        font.SpaceBeforePt + font.SpaceAfterPt + text.Split('\n').Sum(l => Lines(font, l, indentChars, widthPt)) * TextMetrics.LineHeightPt(font);

    private int Lines(FontSpec font, string text, double indentChars, double availablePt) =>
        style.EstimateLines(font, text, indentChars, availablePt);
}
