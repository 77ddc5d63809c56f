using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Layout.Tables;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>Turns the blocks of a document into layout elements, with each role's format from the style.</summary>
internal sealed class ElementBuilder(Document document, TextFormats formats, TextMeasurer measurer) : IBlockVisitor<IEnumerable<ILayoutElement>>
{
    private readonly LineBreaker breaker = new(measurer);
    private readonly DocumentStyle style = document.Style;

    public IReadOnlyList<ILayoutElement> Build() => document.Blocks.SelectMany(Elements).ToList();

    private IEnumerable<ILayoutElement> Elements(Block block) => block.Accept(this);

    // Each kind of block as layout elements (a new kind of block does not compile until it is handled here).
    public IEnumerable<ILayoutElement> Visit(TitlePage block) =>
        [new CoverElement(block, formats.For(TextRole.Title), formats.For(TextRole.TitleLine), breaker, style)];
    public IEnumerable<ILayoutElement> Visit(TableOfContents block) => Contents(block);
    public IEnumerable<ILayoutElement> Visit(Heading block) => [Heading(block)];
    public IEnumerable<ILayoutElement> Visit(Paragraph block) => [Paragraph(block.Inlines, block.Role, block.Alignment, block.FirstLineIndent)];
    public IEnumerable<ILayoutElement> Visit(ListBlock block) => block.Items.Select(item =>
        Paragraph([new TextRun(item.Marker), .. item.Inlines], TextRole.Body, Alignment.Justify, firstLineIndent: true));
    public IEnumerable<ILayoutElement> Visit(Remark block) => [Text(block.Text, formats.For(TextRole.Remark), style.Font(TextRole.Remark).Alignment)];
    public IEnumerable<ILayoutElement> Visit(PageBreak block) => [new PageBreakElement()];
    public IEnumerable<ILayoutElement> Visit(ChartBlock block) =>
        [new ChartElement(block.Chart, style, formats, breaker), new SpacerElement(formats.For(TextRole.TableNote).LineHeight)];
    public IEnumerable<ILayoutElement> Visit(TableBlock block) =>
        [new TableElement(block.Table, new TableFormats(formats, PageEstimate.Of(document).VerticalPaddingPt(block.Table)), breaker), new SpacerElement(formats.For(TextRole.TableNote).LineHeight)];

    private IEnumerable<ILayoutElement> Contents(TableOfContents toc)
    {
        yield return Text(toc.Title, formats.For(TextRole.TocTitle), style.Font(TextRole.TocTitle).Alignment);
        // The entries' line spacing tightened so the contents fit one page where they can (the shared rule, TocFit).
        var entry = formats.For(style.Font(TextRole.TocEntry) with { LineSpacingPt = TocFit.EntryLineSpacingPt(document, toc) }, TextRole.TocEntry);
        foreach (var e in Toc.Collect(document, toc.MaxLevel))
            yield return new TocEntryElement(e, entry, Indent(entry), measurer, breaker);
    }

    private TextElement Heading(Heading heading)
    {
        var spec = style.HeadingFont(heading.Level);
        var format = formats.For(spec, DocumentStyle.HeadingRole(heading.Level));
        var indent = style.HeadingIndentChars(heading.Level) * format.CharAdvance;
        return new TextElement([format.Run(heading.Text)], format, spec.Alignment, indent, breaker, heading.Anchor, keepWithNext: true);
    }

    private TextElement Paragraph(IReadOnlyList<Inline> inlines, TextRole role, Alignment alignment, bool firstLineIndent)
    {
        var format = formats.For(role);
        var runs = inlines.Select(i => formats.For(role, i is TextRun { Bold: true }).Run(i.Text)).ToList();
        var indent = firstLineIndent && alignment is Alignment.Justify or Alignment.Left ? Indent(format) : 0;
        return new TextElement(runs, format, alignment, indent, breaker);
    }

    private TextElement Text(string text, TextFormat format, Alignment alignment) =>
        new([format.Run(text)], format, alignment, 0, breaker);

    /// <summary>The first-line indent: the style's number of characters of the role (on the grid when the role is).</summary>
    private double Indent(TextFormat format) => style.FirstLineIndentChars * format.CharAdvance;
}
