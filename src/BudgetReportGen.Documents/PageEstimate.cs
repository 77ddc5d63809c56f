using System.Runtime.CompilerServices;

namespace BudgetReportGen.Documents;

/// <summary>
/// The page plan of a document for the writers that do not lay text out themselves (Word paginates when the file is opened,
/// the browser when it prints): the printed page of every heading and table, for their contents; where each table breaks, so
/// they can start its continuation with the 续表 mark; which tables are compact. It lays the blocks out line by line: the
/// style's line heights, text estimated by the shared line rules (<see cref="DocumentStyle.EstimateLines"/>), paragraphs that
/// split with two lines at least on each side, headings kept with two lines of what follows, rows of <see cref="TableMetrics"/>
/// height that never split, header rows (and the 续表 line) repeated on each new page, blocks under a section row kept whole
/// when they fit a page. Numbering starts at 1 on the first page of the body (<see cref="PageNumbers"/>).
/// <para>Orphan rows: when a table's last page would hold no more than <see cref="MaxOrphanRows"/> body rows and the table
/// set compact takes a page fewer, the table is compact, in every writer, with the loosest padding that does it
/// (<see cref="TableMetrics.CompactVerticalPaddingsEm"/>; a row's room to spare where one does).</para>
/// </summary>
public sealed class PageEstimate
{
    /// <summary>The most body rows a table's last page may hold alone before the table is set compact to take them in.</summary>
    public const int MaxOrphanRows = 5;

    /// <summary>Space below a chart (its caption is above it).</summary>
    public const double ChartSpaceAfterPt = 6;

    private readonly DocumentStyle style;
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool[]> breakAllowed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<int>> tableBreaks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> compactPaddingEm = new(StringComparer.Ordinal);
    private double capacity;
    private double widthPt;
    private double used;
    private int page;
    private int numberingStart;

    private static readonly ConditionalWeakTable<Document, PageEstimate> Cache = new();

    /// <summary>The estimate of <paramref name="document"/>, made once.</summary>
    public static PageEstimate Of(Document document) => Cache.GetValue(document, d => new PageEstimate(d));

    private PageEstimate(Document document)
    {
        style = document.Style;
        Estimate(SectionPlan.For(document.Blocks), toc => Toc.Collect(document, toc.MaxLevel).Count);
    }

    /// <summary>The printed page number of each heading and table, by anchor.</summary>
    public IReadOnlyDictionary<string, int> Pages => pages;

    /// <summary>For each table (by anchor): whether a page may break after each row (header rows first), with every block that
    /// fits on a page kept whole (<see cref="BreakAllowedAfter"/>).</summary>
    public IReadOnlyDictionary<string, bool[]> BreakAllowed => breakAllowed;

    /// <summary>For each table that continues (by anchor): the body rows that start a new page, in order.</summary>
    public IReadOnlyList<int> Breaks(Table table) => tableBreaks.GetValueOrDefault(table.Anchor, []);

    /// <summary>
    /// The body rows [From, To) of each part a writer that does not paginate sets <paramref name="table"/> in: where the pack asks for a
    /// 续表 mark (<see cref="TableCaption.Continued"/>), one part per page as the estimate breaks it, each later one opening a page
    /// under the mark; otherwise one part, which the reader's application breaks under its repeated header rows.
    /// </summary>
    public IReadOnlyList<(int From, int To)> Parts(Table table)
    {
        var starts = table.Caption.Continued.Length > 0 ? [0, .. Breaks(table)] : new[] { 0 };
        return [.. starts.Select((from, i) => (from, i + 1 < starts.Length ? starts[i + 1] : table.BodyRows.Count))];
    }

    /// <summary>Whether <paramref name="table"/> is set compact, taking in the few rows its last page would hold alone.</summary>
    public bool IsCompact(Table table) => compactPaddingEm.ContainsKey(table.Anchor);

    /// <summary>The padding above and below the text of <paramref name="table"/>'s cells, in points: less in a compact table.</summary>
    public double VerticalPaddingPt(Table table) =>
        TableMetrics.VerticalPaddingPt(style, compactPaddingEm.GetValueOrDefault(table.Anchor, TableMetrics.VerticalPaddingEm));

    private void Estimate(IReadOnlyList<SectionPlan> sections, Func<TableOfContents, int> tocEntryCount)
    {
        var numbered = false;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            if (s > 0) NewPage();
            var box = style.Page.Box(section.Orientation);
            capacity = box.TextHeightPt;
            widthPt = box.TextWidthPt;
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
            case Paragraph p:
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

    /// <summary>A heading keeps with the next paragraph, and so does a heading right after it: the run of headings from
    /// <paramref name="index"/> plus the first lines of the text that follows them must share a page — two lines, or all of a
    /// paragraph of three or fewer (widow and orphan control cannot split it 2 + 1), or the whole chart, which never splits.</summary>
    private double HeadingChainHeight(IReadOnlyList<PlannedBlock> blocks, int index)
    {
        double height = 0;
        var i = index;
        for (; i < blocks.Count && blocks[i].Block is Heading h; i++)
            height += Height(style.HeadingFont(h.Level), h.Text, style.HeadingIndentChars(h.Level));
        if (i < blocks.Count && blocks[i].Block is ChartBlock c) return height + ChartHeight(c.Chart);
        var body = style.Font(TextRole.Body);
        var kept = 2;
        if (i < blocks.Count && blocks[i].Block is Paragraph p && !p.Text.Contains('\n'))
        {
            var lines = Lines(style.Font(p.Role), p.Text, p.FirstLineIndent ? style.FirstLineIndentChars : 0, widthPt);
            if (lines <= 3) kept = lines;
        }
        return height + kept * body.LineHeightPt;
    }

    /// <summary>A chart with its caption above (kept with it) and the space after it; it never splits.</summary>
    private double ChartHeight(Chart chart) =>
        (chart.Title.Length > 0 ? Height(style.Font(TextRole.TableCaption), chart.Title, 0) : 0)
        + ChartLayout.HeightOnPage(ChartLayout.Lay(chart, style, widthPt, withTitle: false), capacity) + ChartSpaceAfterPt;

    /// <summary>A table laid out from where the page stands: whether it starts a new page, the body rows that open each later
    /// page, the space used on its last page and the body rows that page holds.</summary>
    private readonly record struct TableRun(bool NewPageFirst, List<int> Breaks, double EndUsed, int LastPageRows, bool[] BreakAllowed);

    private void PlaceTable(Table table)
    {
        var padding = TableMetrics.VerticalPaddingEm;
        var run = Run(table, padding, margin: 0);
        if (run.Breaks.Count > 0 && run.LastPageRows <= MaxOrphanRows && Compact(table, run) is { } compact)
        {
            (padding, run) = compact;
            compactPaddingEm[table.Anchor] = padding;
        }
        // A table that breaks is cut where the safe layout breaks it: cells measured a tenth narrower (Word and the browser wrap
        // some cells onto a line more than the estimate) and a row's room left at the foot of each page; a row pushed past a
        // forced break would print on a page of its own. It may take a page more than the PDF, never a page of stray rows.
        if (run.Breaks.Count > 0) run = Run(table, padding, BreakMarginPt(padding), safe: true);
        if (run.NewPageFirst) NewPage();
        pages[table.Anchor] = Number;
        breakAllowed[table.Anchor] = run.BreakAllowed;
        if (run.Breaks.Count > 0) tableBreaks[table.Anchor] = run.Breaks;
        foreach (var _ in run.Breaks) NewPage();
        used = run.EndUsed;
        if (!string.IsNullOrEmpty(table.Remark)) Flow(style.Font(TextRole.Remark), table.Remark, 0);
    }

    /// <summary>The loosest compact padding that takes a page off the table: with a row's room to spare where one does, else
    /// without; null when none does.</summary>
    private (double PaddingEm, TableRun Run)? Compact(Table table, TableRun usual)
    {
        foreach (var spare in new[] { true, false })
            foreach (var em in TableMetrics.CompactVerticalPaddingsEm)
                if (Run(table, em, spare ? BreakMarginPt(em) : 0) is var tight
                    && tight.Breaks.Count < usual.Breaks.Count && tight.NewPageFirst == usual.NewPageFirst)
                    return (em, spare ? Run(table, em, 0) : tight);
        return null;
    }

    /// <summary>The room left at the foot of a page a table breaks on: one line of table text.</summary>
    private double BreakMarginPt(double paddingEm) =>
        style.Font(TextRole.TableBody).LineHeightPt + 2 * TableMetrics.VerticalPaddingPt(style, paddingEm) + TableMetrics.BorderPt(style);

    private TableRun Run(Table table, double paddingEm, double margin, bool safe = false)
    {
        var captionFont = style.Font(TextRole.TableCaption);
        var noteFont = style.Font(TextRole.TableNote);
        var captionHeight = table.Caption.Lines.Sum(line => Height(captionFont, line, 0))
            + Height(noteFont, table.Caption.LeftNote + "\t" + table.Caption.RightNote, 0);
        var continuedHeight = table.Caption.Continued.Length > 0 ? Height(captionFont, table.Caption.Continued, 0) : 0;
        var rowHeights = RowHeights(table, paddingEm, safe);
        var headerCount = table.HeaderRows.Count;
        var headerHeight = rowHeights.Take(headerCount).Sum();
        var repeated = continuedHeight + headerHeight; // above the rows of every later page
        var allowed = BreakAllowedAfter(table,
            (title, end) => repeated + rowHeights.Skip(headerCount + title).Take(end - title).Sum() <= capacity);
        // The caption keeps with the header and the first group of body rows (when that group fits a page).
        var firstEnd = headerCount;
        while (firstEnd < rowHeights.Count - 1 && !allowed[firstEnd]) firstEnd++;
        var firstGroup = rowHeights.Count > headerCount ? rowHeights.Skip(headerCount).Take(firstEnd - headerCount + 1).Sum() : 0;
        var firstBody = rowHeights.Count > headerCount ? rowHeights[headerCount] : 0;
        var kept = captionHeight + headerHeight + (captionHeight + headerHeight + firstGroup <= capacity ? firstGroup : firstBody);
        var newPageFirst = used > 0 && used + kept > capacity;
        var at = (newPageFirst ? 0 : used) + captionHeight + headerHeight;
        var breaks = new List<int>();
        var lastPageRows = 0;
        void Break(int row)
        {
            breaks.Add(row - headerCount);
            at = repeated;
            lastPageRows = 0;
        }
        for (var r = headerCount; r < rowHeights.Count;)
        {
            var end = r; // rows r..end stay on one page (keep with next), unless they are taller than a page
            while (end < rowHeights.Count - 1 && !allowed[end]) end++;
            var group = rowHeights.Skip(r).Take(end - r + 1).Sum();
            if (at + group > capacity - margin && lastPageRows > 0 && repeated + group <= capacity - margin) Break(r);
            for (; r <= end; r++)
            {
                if (at + rowHeights[r] > capacity - margin && lastPageRows > 0) Break(r);
                at += rowHeights[r];
                lastPageRows++;
            }
        }
        return new TableRun(newPageFirst, breaks, at, lastPageRows, allowed);
    }

    /// <summary>
    /// Whether a page may break after each row (header rows first): not inside rows joined by a row span, and not after a section
    /// row (e.g. a project's name) nor the row right after it, so a group's title rows never end a page apart from the group.
    /// </summary>
    /// <param name="blockFits">Whether the block of body rows [title, end) (<see cref="TableGrid.BlockTitles"/>, e.g. one project)
    /// fits on one page below the header; such a block keeps together as a whole; otherwise only the title rows keep with the block.</param>
    private static bool[] BreakAllowedAfter(Table table, Func<int, int, bool> blockFits)
    {
        var first = table.HeaderRows.Count;
        // Header rows keep with the next row anyway; the body's rule is the shared one, from the table placed once.
        var allowed = Enumerable.Repeat(true, first).Concat(TableGrid.Of(table).BreakAllowedAfter).ToArray();
        for (var i = 0; i < table.BodyRows.Count; i++)
            if (table.BodyRows[i].Kind == RowKind.Section)
            {
                for (var r = first + i; r <= Math.Min(first + i + 1, allowed.Length - 2); r++) allowed[r] = false;
                var end = TableGrid.BlockEnd(table.BodyRows, i);
                if (blockFits(i, end))
                    for (var r = first + i; r < first + end - 1; r++) allowed[r] = false;
            }
        return allowed;
    }

    /// <summary>Each row's height (header rows first): its text lines (<see cref="RowLines"/>), the padding and a rule.</summary>
    private List<double> RowHeights(Table table, double paddingEm, bool safe)
    {
        var padding = 2 * TableMetrics.VerticalPaddingPt(style, paddingEm) + TableMetrics.BorderPt(style);
        // Rounded up to a whole CSS pixel (0.75 pt), as the browser sets a row; Word and the PDF set it no taller.
        return [.. RowLines(table, safe ? SafeWidthShare : 1).Select(text => Math.Ceiling((text + padding) / PixelPt - 1e-9) * PixelPt)];
    }

    /// <summary>The height of each row's text (header rows first): its most lines at the fitted column widths; measured once per
    /// table and width share (the compact search lays a table out several times), in <paramref name="widthShare"/> of each cell's width.</summary>
    private List<double> RowLines(Table table, double widthShare)
    {
        if (rowText.TryGetValue((table, widthShare), out var known)) return known;
        var fractions = ColumnFit.Fractions(table, style);
        var grid = TableGrid.Of(table);
        var headerTexts = ColumnFit.HeaderTexts(table, style);
        var bodyTexts = ColumnFit.BodyTexts(table, style);
        var side = 2 * TableMetrics.HorizontalPaddingPt(style);
        var rows = grid.Header.Select(r => (Cells: r, Header: true)).Concat(grid.Body.Select(r => (Cells: r, Header: false)));
        var heights = new List<double>(grid.Header.Count + grid.Body.Count);
        foreach (var (cells, header) in rows)
        {
            var font = style.Font(header ? TextRole.TableHeader : TextRole.TableBody);
            var lines = 1;
            foreach (var p in cells)
            {
                if (p.Cell.RowSpan > 1) continue;
                var cellWidthPt = (fractions.Skip(p.Column).Take(p.Cell.ColSpan).Sum() * widthPt - side) * widthShare;
                var text = (header ? headerTexts : bodyTexts)[(p.Row, p.Column)];
                lines = Math.Max(lines, text.Split('\n').Sum(l => Lines(font, l, 0, cellWidthPt)));
            }
            heights.Add(lines * font.LineHeightPt);
        }
        rowText[(table, widthShare)] = heights;
        return heights;
    }

    private readonly Dictionary<(Table, double), List<double>> rowText = new();

    /// <summary>The share of a cell's width the safe layout of a continued table measures its text in.</summary>
    private const double SafeWidthShare = 0.9;

    /// <summary>A CSS pixel in points.</summary>
    private const double PixelPt = 0.75;

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
        var line = font.LineHeightPt;
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
        font.SpaceBeforePt + font.SpaceAfterPt + text.Split('\n').Sum(l => Lines(font, l, indentChars, widthPt)) * font.LineHeightPt;

    private int Lines(FontSpec font, string text, double indentChars, double availablePt) =>
        style.EstimateLines(font, text, indentChars, availablePt);
}
