using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html.Styles;

/// <summary>
/// Writes the document's one inline stylesheet from <see cref="DocumentStyle"/>: fonts per role, page size and margins,
/// the page number, the print rules (landscape pages, repeated table headers, unsplit rows, headings kept with what follows)
/// and the screen rules (a page-wide column; wide tables scroll sideways on a phone).
/// </summary>
internal static class StyleSheet
{
    /// <summary>The name of the landscape page in @page and of the class of the element that goes on it.</summary>
    public const string LandscapePage = "landscape";

    /// <summary>The class of a table set compact (<see cref="PageEstimate.IsCompact"/>).</summary>
    public const string CompactTable = "compact";

    /// <summary>The custom property a compact table sets to its cells' padding above and below the text.</summary>
    public const string CompactPadding = "--row-pad";

    /// <summary>The class of the wrapper of a later part of a continued table (<see cref="PageEstimate.Parts"/>).</summary>
    public const string ContinuedPart = "table-part";

    /// <summary>The name of the front matter's page (the cover and the contents), which has no page number.</summary>
    public const string CoverPage = "cover";

    public static void Append(StringBuilder sb, DocumentStyle style)
    {
        var portrait = style.Page.Box(PageOrientation.Portrait);
        var portraitWidth = Mm(portrait.TextWidthPt);
        var landscapeWidth = Mm(style.Page.Box(PageOrientation.Landscape).TextWidthPt);
        var portraitHeight = Mm(portrait.TextHeightPt);

        AppendPages(sb, style);
        var body = style.Font(TextRole.Body);
        sb.Append("*,*::before,*::after{box-sizing:border-box}\n");
        sb.Append("html{color:#000;background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}\n");
        sb.Append("body{margin:0;");
        AppendFont(sb, body);
        AppendEastAsianFamilies(sb, body);
        sb.Append("}\n");
        sb.Append("h1,h2,h3,h4,p,ol,ul,li,figure{margin:0;padding:0}\n");
        sb.Append("h1,h2,h3,h4,p,li,th,td,.table-number,.table-title,.table-notes span{white-space:pre-wrap;overflow-wrap:break-word}\n");
        sb.Append("h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}\n");
        // Punctuation compression as the shared rule (Documents.LineRules): adjacent full-width marks set half-width, an opening
        // bracket at the start of a paragraph kept full-width, so "（一）" does not hang left of the indent.
        // Adjacent full-width marks are compressed by the shared rule (HtmlText.HalfClass), as in PDF and Word; the browser's own
        // trimming is off (it needs font features the free faces lack, and would compress twice where a face has them).
        sb.Append("h1,h2,h3,h4,p,li{text-spacing-trim:space-all}\n");
        sb.Append('.').Append(HtmlText.HalfClass).Append("{margin-right:-.5em}\n");

        foreach (var role in Roles.All)
        {
            if (Roles.ElementSelector(role) is not { } selector) continue;
            sb.Append(selector).Append(",.").Append(Roles.ClassName(role)).Append('{');
            AppendFont(sb, style.Font(role));
            AppendEastAsianFamilies(sb, style.Font(role));
            AppendBlock(sb, style.Font(role), Roles.AlignsText(role));
            AppendTracking(sb, style, style.Font(role));
            sb.Append("}\n");
        }

        sb.Append(".indent,.list>li{text-indent:").Append(Indent(style, style.FirstLineIndentChars, style.Font(TextRole.Body))).Append("}\n");
        // Left-aligned headings (一、… （一）…) are indented like body text, as in the Word and PDF output.
        for (var level = 1; level <= 4; level++)
            if (style.HeadingIndentChars(level) is var chars and > 0)
                sb.Append('h').Append(level).Append("{text-indent:").Append(Indent(style, chars, style.HeadingFont(level))).Append("}\n");
        sb.Append(".align-left{text-align:left}.align-center{text-align:center}.align-right{text-align:right}.align-justify{text-align:justify}\n");
        sb.Append("strong{font-weight:bold}em{font-style:italic}\n");
        // Its face's other ascent and descent must not make the line taller than the style's line spacing (as in PDF and Word).
        sb.Append('.').Append(HtmlText.EastAsianClass).Append("{font-family:var(").Append(EastAsianVariable).Append(");line-height:0}\n");
        // A number with its unit or a date stays on one line (the shared line rule, Documents.LineRules).
        sb.Append('.').Append(HtmlText.NoBreakClass).Append("{white-space:nowrap}\n");
        sb.Append(".list{list-style:none}\n");

        // Cover and contents.
        sb.Append(".cover{text-align:center}.cover-title{margin-bottom:1.5em}\n");
        sb.Append(".toc ol{list-style:none}.toc-title{margin-bottom:.5em}.toc a{color:inherit;text-decoration:none}\n");
        for (var level = 2; level <= 4; level++)
            sb.Append(".toc .toc-level-").Append(level).Append("{padding-left:").Append(2 * (level - 1)).Append("em}\n");

        // Tables: thin black rules, header rows repeated on every printed page, rows never split.
        sb.Append(".table-block{margin:1em 0}\n");
        sb.Append("table{border-collapse:collapse;width:100%;table-layout:fixed;font-variant-numeric:tabular-nums}\n");
        sb.Append("caption{caption-side:top;text-align:left;break-after:avoid;page-break-after:avoid}\n");
        sb.Append(".table-notes{display:flex;justify-content:space-between;gap:1em;text-align:left;margin-bottom:2pt}.note-right{margin-left:auto}\n");
        // Cell padding as in PDF and Word (the shared rule, TableMetrics); a compact table carries its own above and below the text.
        sb.Append("th,td{border:.5pt solid #000;padding:").Append(CssText.Number(TableMetrics.VerticalPaddingPt(style))).Append("pt ")
            .Append(CssText.Number(TableMetrics.HorizontalPaddingPt(style))).Append("pt;vertical-align:middle}\n");
        sb.Append("table.").Append(CompactTable).Append(" th,table.").Append(CompactTable).Append(" td{padding-top:var(")
            .Append(CompactPadding).Append(");padding-bottom:var(").Append(CompactPadding).Append(")}\n");
        // A table continued where the page estimate breaks it: on screen one table, in print each part on a new page under its 续表 line.
        sb.Append(".").Append(ContinuedPart).Append(">.table-continued{text-align:center}\n");
        sb.Append("th{text-align:center}td{text-align:left}.l{text-align:left}.c{text-align:center}.r{text-align:right}\n");
        sb.Append("tr.total>td,tr.subtotal>td,tr.section>td,.b{font-weight:bold}\n");
        sb.Append("thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}\n");
        sb.Append(".table-block>.remark{margin-top:.5em}\n");

        // Charts: the caption above the drawing, which scales down on a narrow screen; a figure is never split across pages.
        sb.Append(".chart{margin:1em 0;break-inside:avoid;page-break-inside:avoid}.chart>figcaption{margin-bottom:.5em}\n");
        sb.Append(".chart-svg{display:block;margin:0 auto;max-width:100%;height:auto}\n");

        // Screen: a column as wide as the printed text, with a gutter; tables scroll sideways inside their wrapper instead of
        // squashing, a landscape table widens to its printed width when the window allows, and its caption stays in view.
        sb.Append("@media screen{\n");
        sb.Append(":root{--gutter:16px}\n");
        sb.Append("main{max-width:calc(").Append(CssText.Number(portraitWidth)).Append("mm + 2 * var(--gutter));margin:0 auto;padding:24px var(--gutter) 48px}\n");
        sb.Append(".cover{padding:4em 0 3em}\n");
        sb.Append(".page-break{margin-top:3em}\n");
        sb.Append(".table-scroll{overflow-x:auto}\n");
        sb.Append(".").Append(ContinuedPart).Append(">.table-continued,.").Append(ContinuedPart).Append(" thead{display:none}\n");
        sb.Append(".toc-page{display:none}\n");
        sb.Append("table{min-width:").Append(CssText.Number(portraitWidth)).Append("mm}\n");
        sb.Append("caption>div{position:sticky;left:0;max-width:calc(100vw - 2 * var(--gutter))}\n");
        var wide = $"min({CssText.Number(landscapeWidth)}mm,calc(100vw - 2 * var(--gutter)))";
        sb.Append('.').Append(LandscapePage).Append("{width:").Append(wide).Append(";margin-left:calc(50% - ").Append(wide).Append(" / 2)}\n");
        sb.Append('.').Append(LandscapePage).Append(" table{min-width:").Append(CssText.Number(landscapeWidth)).Append("mm}\n");
        sb.Append("}\n");
        sb.Append("@media screen and (max-width:600px){:root{--gutter:12px}main{padding-top:16px;padding-bottom:32px}.cover{padding:2em 0}}\n\n");

        sb.Append("@media print{\n");
        sb.Append(".toc{page:").Append(CoverPage).Append("}\n");
        // Where the cover's text stands is the shared rule (CoverLayout), as in PDF and Word.
        sb.Append(".cover{page:").Append(CoverPage).Append(";padding-top:").Append(CssText.Number(Mm(CoverLayout.TitleTopPt(style)))).Append("mm;break-after:page;page-break-after:always}\n");
        sb.Append(".cover .cover-title{margin:0 0 ").Append(CssText.Number(CoverLayout.GapAfterTitlePt(style))).Append("pt}\n");
        // The break goes on the block after the marker, not on the (empty) marker: a marker on a page of its own would leave
        // a blank page before a landscape table, whose named page forces a second break.
        sb.Append(".page-break{display:none}.page-break+*{break-before:page;page-break-before:always;margin-top:0}\n");
        sb.Append("tbody.group{break-inside:avoid;page-break-inside:avoid}\n");
        sb.Append('.').Append(Blocks.BlockMarkup.KeepClass).Append("{break-inside:avoid;page-break-inside:avoid}\n");
        sb.Append('.').Append(LandscapePage).Append("{page:").Append(LandscapePage).Append("}\n");
        sb.Append(".table-scroll{overflow:visible}\n");
        sb.Append(".").Append(ContinuedPart).Append("{break-before:page;page-break-before:always}\n");
        // Contents entries with the page estimate's numbers (Documents.PageEstimate), after a dotted leader, as in PDF and Word.
        sb.Append(".toc a{display:flex;align-items:last baseline}.toc a::before{content:\"\";order:1;flex:1 1 2em;border-bottom:1pt dotted #000;margin:0 .2em}.toc-page{display:inline;order:2}\n");
        sb.Append("}\n");
    }

    /// <summary>
    /// In print, the contents entries' line spacing from the shared rule (<see cref="TocFit"/>), so the contents fit one page
    /// as in PDF and Word; nothing when it is the style's own spacing.
    /// </summary>
    public static void AppendContentsSpacing(StringBuilder sb, DocumentStyle style, double lineSpacingPt)
    {
        if (style.Font(TextRole.TocEntry).LineSpacingPt == lineSpacingPt) return;
        sb.Append("@media print{.toc li{line-height:").Append(CssText.Number(lineSpacingPt)).Append("pt}}\n");
    }

    /// <summary>Points of the page box as millimetres for CSS, to a hundredth.</summary>
    private static double Mm(double pt) => Math.Round(pt * 25.4 / 72, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The space added to each character of a role on the character grid (the shared rule, <see cref="DocumentStyle.CharTrackingPt"/>),
    /// so a body line holds the grid's characters as in PDF and Word; 0 for a role off the grid (a remark is also a p).
    /// CSS letter-spacing applies to Latin letters too.
    /// </summary>
    private static void AppendTracking(StringBuilder sb, DocumentStyle style, FontSpec font)
    {
        if (style.Page.CharsPerLine > 0)
            sb.Append("letter-spacing:").Append(CssText.Number(style.CharTrackingPt(font))).Append("pt;");
    }

    /// <summary>An indent of <paramref name="chars"/> characters: ems off the grid, the grid's cells (in points) on it.</summary>
    private static string Indent(DocumentStyle style, double chars, FontSpec font) =>
        style.OnCharGrid(font) ? CssText.Number(chars * style.CharAdvancePt(font)) + "pt" : CssText.Number(chars) + "em";

    private static void AppendPages(StringBuilder sb, DocumentStyle style)
    {
        var portrait = style.Page.Box(PageOrientation.Portrait);
        var landscape = style.Page.Box(PageOrientation.Landscape);
        sb.Append("@page{size:").Append(CssText.Number(Mm(portrait.WidthPt))).Append("mm ").Append(CssText.Number(Mm(portrait.HeightPt))).Append("mm;");
        sb.Append("margin:").Append(CssText.Number(Mm(portrait.TopPt))).Append("mm ")
            .Append(CssText.Number(Mm(portrait.RightPt))).Append("mm ")
            .Append(CssText.Number(Mm(portrait.BottomPt))).Append("mm ")
            .Append(CssText.Number(Mm(portrait.LeftPt))).Append("mm;");
        sb.Append("@bottom-center{content:");
        AppendPageNumberContent(sb, style.PageNumberFormat);
        sb.Append(';');
        AppendFont(sb, style.Font(TextRole.Footer));
        // The page-number line's top sits where the page box puts it, a gap below the text area (as in PDF and Word).
        sb.Append("vertical-align:top;padding-top:").Append(CssText.Number(Mm(portrait.FooterGapPt))).Append("mm;");
        sb.Append("}}\n");
        // Front matter (the cover and the contents, Documents.PageNumbers) is unnumbered and holds the page counter at 0, so the
        // body's first page prints 1, as in the PDF and Word output (Chromium sets the counter on each such page).
        sb.Append("@page ").Append(CoverPage).Append("{counter-reset:page 0;@bottom-center{content:none}}\n");
        sb.Append("@page ").Append(LandscapePage).Append("{size:").Append(CssText.Number(Mm(landscape.WidthPt))).Append("mm ")
            .Append(CssText.Number(Mm(landscape.HeightPt))).Append("mm}\n");
    }

    /// <summary>"— {0} —" becomes <c>"— " counter(page) " —"</c>; a format without {0} is printed as is.</summary>
    private static void AppendPageNumberContent(StringBuilder sb, string format)
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0)
        {
            sb.AppendCssString(format);
            return;
        }
        if (at > 0) sb.AppendCssString(format[..at]).Append(' ');
        sb.Append("counter(page)");
        if (at + 3 < format.Length) sb.Append(' ').AppendCssString(format[(at + 3)..]);
    }

    private static void AppendFont(StringBuilder sb, FontSpec spec)
    {
        sb.Append("font-family:").AppendFontFamily(spec).Append(';');
        sb.Append("font-size:").Append(CssText.Number(spec.SizePt)).Append("pt;");
        sb.Append("font-weight:").Append(spec.Bold ? "bold" : "normal").Append(';');
        sb.Append("line-height:").Append(spec.LineSpacingPt is { } lineSpacing ? CssText.Number(lineSpacing) + "pt" : "normal").Append(';');
    }

    /// <summary>The custom property that carries a role's Chinese families, inherited by the punctuation spans inside it.</summary>
    private const string EastAsianVariable = "--cjk";

    private static void AppendEastAsianFamilies(StringBuilder sb, FontSpec spec)
    {
        sb.Append(EastAsianVariable).Append(':').AppendEastAsianFamilies(spec).Append(';');
    }

    private static void AppendBlock(StringBuilder sb, FontSpec spec, bool alignsText)
    {
        if (alignsText) sb.Append("text-align:").Append(Roles.TextAlign(spec.Alignment)).Append(';');
        if (spec.SpaceBeforePt != 0) sb.Append("margin-top:").Append(CssText.Number(spec.SpaceBeforePt)).Append("pt;");
        if (spec.SpaceAfterPt != 0) sb.Append("margin-bottom:").Append(CssText.Number(spec.SpaceAfterPt)).Append("pt;");
    }
}
