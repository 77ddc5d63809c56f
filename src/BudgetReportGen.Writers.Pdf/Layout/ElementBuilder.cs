using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Layout.Tables;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>Turns the blocks of a document into layout elements, with each role's format from the style.</summary>
internal sealed class ElementBuilder(Document document, TextFormats formats, TextMeasurer measurer)
{
    private readonly LineBreaker breaker = new(measurer);
    private readonly DocumentStyle style = document.Style;

    public IReadOnlyList<ILayoutElement> Build() => document.Blocks.SelectMany(Elements).ToList();

    private IEnumerable<ILayoutElement> Elements(Block block) => block switch
    {
        TitlePage cover => [new CoverElement(cover, formats.For(TextRole.Title), formats.For(TextRole.TitleLine), breaker)],
        TableOfContents toc => Contents(toc),
        Heading heading => [Heading(heading)],
        Paragraph paragraph => [Paragraph(paragraph.Inlines, paragraph.Role, paragraph.Alignment, paragraph.FirstLineIndent)],
        ListBlock list => list.Items.Select(item =>
            Paragraph([new TextRun(item.Marker), .. item.Inlines], TextRole.Body, Alignment.Justify, firstLineIndent: true)),
        Remark remark => [Text(remark.Text, formats.For(TextRole.Remark), style.Font(TextRole.Remark).Alignment)],
        PageBreak => [new PageBreakElement()],
        TableBlock table => [new TableElement(table.Table, new TableFormats(formats), breaker), new SpacerElement(formats.For(TextRole.TableNote).LineHeight)],
        _ => throw new InvalidOperationException($"The PDF writer does not know the block {block.GetType().Name}."),
    };

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
        var format = formats.For(spec, RoleOf(heading.Level));
        var indent = style.HeadingIndentChars(heading.Level) * format.EmSize;
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

    /// <summary>The first-line indent: the style's number of characters at the role's font size.</summary>
    private double Indent(TextFormat format) => style.FirstLineIndentChars * format.EmSize;

    private static TextRole RoleOf(int level) => level switch
    {
        1 => TextRole.Heading1,
        2 => TextRole.Heading2,
        3 => TextRole.Heading3,
        _ => TextRole.Heading4,
    };
}
