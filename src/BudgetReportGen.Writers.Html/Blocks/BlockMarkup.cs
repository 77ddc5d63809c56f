using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Styles;
using BudgetReportGen.Writers.Html.Tables;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html.Blocks;

/// <summary>Writes each block of a document as semantic HTML (the cover as &lt;header&gt;, the contents as &lt;nav&gt;, h1–h4, p, ol/ul, tables).</summary>
internal static class BlockMarkup
{
    public static void Append(StringBuilder sb, Document document, Block block) => block.Accept(new Markup(sb, document));

    /// <summary>Each kind of block as markup (a new kind of block does not compile until it is handled here).</summary>
    private sealed class Markup(StringBuilder sb, Document document) : IBlockVisitor<bool>
    {
        public bool Visit(TitlePage block) { AppendCover(sb, block); return true; }
        public bool Visit(TableOfContents block) { AppendContents(sb, document, block); return true; }
        public bool Visit(Heading block) { AppendHeading(sb, block); return true; }
        public bool Visit(Paragraph block) { AppendParagraph(sb, block, document.Style); return true; }
        public bool Visit(ListBlock block) { AppendList(sb, block, document.Style); return true; }
        public bool Visit(Remark block) { sb.Append("<p class=\"remark\">").AppendContent(block.Text).Append("</p>\n"); return true; }
        public bool Visit(PageBreak block) { sb.Append("<div class=\"page-break\"></div>\n"); return true; }
        public bool Visit(TableBlock block) { TableMarkup.Append(sb, block.Table, document.Style, PageEstimate.Of(document)); return true; }
        public bool Visit(ChartBlock block) { AppendChart(sb, block.Chart, document.Style, ChartNumber(document, block)); return true; }
    }

    /// <summary>The chart's place among the document's charts (1, 2, …), for ids unique in the page.</summary>
    private static int ChartNumber(Document document, ChartBlock chart) =>
        document.Blocks.OfType<ChartBlock>().TakeWhile(b => !ReferenceEquals(b, chart)).Count() + 1;

    /// <summary>A chart as a figure: its title as the caption, then the drawing (ChartSvg) without a title of its own.</summary>
    private static void AppendChart(StringBuilder sb, Chart chart, DocumentStyle style, int number)
    {
        sb.Append("<figure class=\"chart\">\n<figcaption class=\"").Append(Roles.ClassName(TextRole.TableCaption)).Append("\">")
            .AppendContent(chart.Title).Append("</figcaption>\n");
        sb.Append(ChartSvg.Render(chart, style, "chart-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), withTitle: false));
        sb.Append("\n</figure>\n");
    }

    private static void AppendCover(StringBuilder sb, TitlePage cover)
    {
        sb.Append("<header class=\"cover\">\n<p class=\"cover-title\">").AppendContent(cover.Title).Append("</p>\n");
        foreach (var line in cover.Lines)
            sb.Append("<p class=\"cover-line\">").AppendContent(line).Append("</p>\n");
        sb.Append("</header>\n");
    }

    private static void AppendContents(StringBuilder sb, Document document, TableOfContents toc)
    {
        sb.Append("<nav class=\"toc\" aria-label=\"").AppendAttribute(toc.Title).Append("\">\n");
        sb.Append("<p class=\"toc-title\">").AppendContent(toc.Title).Append("</p>\n<ol>\n");
        var pages = PageEstimate.Of(document).Pages;
        foreach (var entry in Toc.Collect(document, toc.MaxLevel))
        {
            sb.Append("<li class=\"toc-level-").Append(HeadingLevel(entry.Level)).Append("\"><a href=\"#")
                .AppendAttribute(entry.Anchor).Append("\"><span class=\"toc-text\">").AppendContent(entry.Text).Append("</span>");
            // The printed page, from the page estimate (shown in print only).
            if (pages.TryGetValue(entry.Anchor, out var page))
                sb.Append("<span class=\"toc-page\">").Append(page.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</span>");
            sb.Append("</a></li>\n");
        }
        sb.Append("</ol>\n</nav>\n");
    }

    private static void AppendHeading(StringBuilder sb, Heading heading)
    {
        var level = HeadingLevel(heading.Level);
        sb.Append("<h").Append(level).Append(" id=\"").AppendAttribute(heading.Anchor).Append("\">")
            .AppendContent(heading.Text).Append("</h").Append(level).Append(">\n");
    }

    /// <summary>The class of a paragraph of three lines or fewer, which the print keeps on one page: with two lines at least on
    /// each side of a page break (as the PDF and Word do) it cannot be split, and Chromium does not always honour widows.</summary>
    public const string KeepClass = "keep";

    private static void AppendParagraph(StringBuilder sb, Paragraph paragraph, DocumentStyle style)
    {
        sb.Append("<p");
        var classes = new List<string>(4);
        if (paragraph.FirstLineIndent) classes.Add("indent");
        if (paragraph.Role != TextRole.Body) classes.Add(Roles.ClassName(paragraph.Role));
        if (paragraph.Alignment != Alignment.Justify) classes.Add("align-" + Roles.TextAlign(paragraph.Alignment));
        if (Short(style, paragraph.Role, paragraph.Text, paragraph.FirstLineIndent)) classes.Add(KeepClass);
        if (classes.Count > 0) sb.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        sb.Append('>');
        AppendInlines(sb, paragraph.Inlines);
        sb.Append("</p>\n");
    }

    /// <summary>True for a text of three lines or fewer by the shared estimate (<see cref="KeepClass"/>).</summary>
    private static bool Short(DocumentStyle style, TextRole role, string text, bool indent) =>
        !text.Contains('\n') && style.EstimateLines(style.Font(role), text, indent ? style.FirstLineIndentChars : 0,
            style.Page.TextWidthPt(PageOrientation.Portrait)) <= 3;

    private static void AppendList(StringBuilder sb, ListBlock list, DocumentStyle style)
    {
        var tag = list.Items.Count > 0 && IsBullet(list.Items[0].Marker) ? "ul" : "ol";
        sb.Append('<').Append(tag).Append(" class=\"list\">\n");
        foreach (var item in list.Items)
        {
            sb.Append(Short(style, TextRole.Body, item.Marker + item.Text, true) ? "<li class=\"" + KeepClass + "\">" : "<li>");
            sb.Append("<span class=\"marker\">").AppendContent(item.Marker).Append("</span>");
            AppendInlines(sb, item.Inlines);
            sb.Append("</li>\n");
        }
        sb.Append("</").Append(tag).Append(">\n");
    }

    private static void AppendInlines(StringBuilder sb, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            var (bold, italic) = inline is TextRun run ? (run.Bold, run.Italic) : (false, false);
            if (bold) sb.Append("<strong>");
            if (italic) sb.Append("<em>");
            sb.AppendContent(inline.Text);
            if (italic) sb.Append("</em>");
            if (bold) sb.Append("</strong>");
        }
    }

    /// <summary>h1–h4: levels outside 1–4 are clamped.</summary>
    private static int HeadingLevel(int level) => Math.Clamp(level, 1, 4);

    private static bool IsBullet(string marker) => marker.Trim() is "•" or "·" or "-" or "–" or "—" or "*" or "▪" or "■" or "●" or "○";
}
