using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Charts;
using BudgetReportGen.Writers.Docx.Fields;
using BudgetReportGen.Writers.Docx.Sections;
using BudgetReportGen.Writers.Docx.Styles;
using BudgetReportGen.Writers.Docx.Tables;
using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>
/// Writes the body: section by section (<see cref="SectionPlan"/>), each block as paragraphs or a table, and each
/// section closed by its w:sectPr (in its last paragraph; the last section's sectPr ends the body).
/// </summary>
internal sealed class BodyWriter(M.Document document, PageGeometry geometry, PageEstimate estimate, ChartParts? charts = null)
    : M.IBlockVisitor<IEnumerable<BodyItem>>
{
    private readonly DocumentStyle style = document.Style;
    private readonly ChartParts charts = charts ?? new ChartParts(document.Style, document.Info.Language);
    private readonly Bookmarks bookmarks = new();
    private readonly SectionFactory sections = new(geometry, document.Style);
    private readonly IReadOnlyDictionary<string, int> tableTocLevels = TableTocLevels(document);

    /// <summary>The body's content in order, each section closed by its w:sectPr (the last one ends the body).</summary>
    public List<BodyItem> Write(IReadOnlyList<SectionPlan> plan)
    {
        var body = new List<BodyItem>();
        var numberingStarted = false;
        for (var s = 0; s < plan.Count; s++)
        {
            var section = plan[s];
            var restart = !section.IsCover && !numberingStarted;
            numberingStarted |= !section.IsCover;
            var elements = new List<BodyItem>();
            foreach (var planned in section.Blocks)
            {
                var added = Block(planned.Block, section.Orientation).ToList();
                if (planned.PageBreakBefore && added.Count > 0)
                {
                    if (added[0].Paragraph is { } first) first.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
                    else added.Insert(0, new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                }
                elements.AddRange(added);
            }
            var properties = sections.Create(section.Orientation, numbered: !section.IsCover, restart);
            var isLast = s == plan.Count - 1;
            if (elements.Count == 0 || elements[^1].Paragraph is null) elements.Add(SectionHolder());
            if (!isLast)
                elements[^1].Paragraph!.ParagraphProperties!.SectionProperties = properties;
            body.AddRange(elements);
            if (isLast) body.Add(BodyItem.Streamed(properties.WriteTo));
        }
        return body;
    }

    /// <summary>The orientation of the section being written (for the block being visited).</summary>
    private PageOrientation orientation;

    private IEnumerable<BodyItem> Block(Block block, PageOrientation sectionOrientation)
    {
        orientation = sectionOrientation;
        return block.Accept(this);
    }

    // Each kind of block as body items (a new kind of block does not compile until it is handled here).
    // A page break yields nothing: the section plan has turned it into a break before the next block.
    public IEnumerable<BodyItem> Visit(M.TitlePage block) => Cover(block, orientation);
    public IEnumerable<BodyItem> Visit(TableOfContents block) =>
        new TocWriter(bookmarks).Write(block, Toc.Collect(document, block.MaxLevel), estimate.Pages, TocFit.EntryLineSpacingPt(document, block))
            .Select(p => (BodyItem)p);
    public IEnumerable<BodyItem> Visit(Heading block)
    {
        var heading = Paragraphs.Styled(StyleIds.Heading(block.Level), Set([new TextRun(block.Text)], style.HeadingFont(block.Level)));
        bookmarks.Mark(heading, block.Anchor);
        return [heading];
    }
    public IEnumerable<BodyItem> Visit(M.Paragraph block) => [BodyParagraph(block)];
    public IEnumerable<BodyItem> Visit(ListBlock block) =>
        block.Items.Select(item => (BodyItem)Paragraphs.Styled(StyleIds.BodyText, Set([new TextRun(item.Marker), .. item.Inlines], style.Font(TextRole.Body)))).ToList();
    public IEnumerable<BodyItem> Visit(Remark block) => [Paragraphs.Styled(StyleIds.Remark, Runs.Text(block.Text))];
    public IEnumerable<BodyItem> Visit(PageBreak block) => [];
    public IEnumerable<BodyItem> Visit(ChartBlock block)
    {
        var width = geometry.TextWidth(orientation);
        var drawing = ChartSize.Lay(block.Chart, document.Style, Units.PtFromTwips(width));
        var height = Units.TwipsFromPt(ChartLayout.HeightOnPage(drawing, Units.PtFromTwips(geometry.TextHeight(orientation))));
        var (number, relationshipId) = charts.Add(block.Chart, drawing);
        return InlineChart.Write(block.Chart, number, relationshipId, width, height).Select(p => (BodyItem)p).ToList();
    }
    public IEnumerable<BodyItem> Visit(TableBlock block)
    {
        var width = geometry.TextWidth(orientation);
        var level = tableTocLevels.TryGetValue(block.Table.Anchor, out var l) ? l : (int?)null;
        return new TableWriter(bookmarks, document.Style).Write(block.Table, width, level, estimate);
    }

    private IEnumerable<BodyItem> Cover(M.TitlePage cover, PageOrientation orientation)
    {
        var title = Paragraphs.Styled(StyleIds.Title, Runs.Text(cover.Title));
        title.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = Twips(CoverLayout.TitleTopPt(style)), // the shared rule, as in PDF and HTML
            After = Twips(CoverLayout.GapAfterTitlePt(style)),
        };
        yield return title;
        foreach (var line in cover.Lines) yield return Paragraphs.Styled(StyleIds.Subtitle, Runs.Text(line));
    }

    /// <summary>Runs in <paramref name="font"/>, adjacent full-width marks compressed.</summary>
    private IEnumerable<Run> Set(IEnumerable<Inline> inlines, FontSpec font) =>
        Runs.Set(inlines, font.SizePt, Formatting.TrackingTwips(style, font));

    private Paragraph BodyParagraph(M.Paragraph p)
    {
        var styleId = p.Role == TextRole.Body ? (p.FirstLineIndent ? StyleIds.BodyText : StyleIds.Normal) : StyleIds.ForRole(p.Role);
        var paragraph = Paragraphs.Styled(styleId, Set(p.Inlines, style.Font(p.Role)));
        var properties = paragraph.ParagraphProperties!;
        var font = style.Font(p.Role);
        if (p.Role != TextRole.Body)
            properties.Indentation = p.FirstLineIndent ? Formatting.FirstLineIndent(style.FirstLineIndentChars, font.SizePt) : Formatting.NoIndent();
        if (p.Alignment != font.Alignment)
            properties.Justification = new Justification { Val = Formatting.Justification(p.Alignment) };
        return paragraph;
    }

    /// <summary>The TOC level of every table listed in the table of contents, by anchor.</summary>
    private static Dictionary<string, int> TableTocLevels(M.Document document)
    {
        var tables = document.Blocks.OfType<TableBlock>().Select(t => t.Table.Anchor).ToHashSet(StringComparer.Ordinal);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Toc.Collect(document, int.MaxValue))
            if (tables.Contains(entry.Anchor)) levels.TryAdd(entry.Anchor, entry.Level);
        return levels;
    }

    /// <summary>An almost invisible paragraph that carries a section break after a table.</summary>
    private static Paragraph SectionHolder()
    {
        var paragraph = Paragraphs.Styled(StyleIds.Normal);
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact };
        properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" });
        return paragraph;
    }

    private static string Twips(double pt) => Units.TwipsFromPt(pt).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
