namespace BudgetReportGen.Documents;

/// <summary>
/// Where the cover's text stands, one rule for every writer: the title's first line starts a quarter of the way down the text
/// area (the upper part of the page, as printed covers have it), and a gap of two title lines separates the title from the
/// issuer's lines. The title role's own space before and after does not apply on the cover.
/// </summary>
public static class CoverLayout
{
    /// <summary>The top of the title, as a fraction of the portrait text height.</summary>
    public const double TitleTopFraction = 0.25;

    /// <summary>The distance from the top of the text area to the top of the title's first line.</summary>
    public static double TitleTopPt(DocumentStyle style) => style.Page.Box(PageOrientation.Portrait).TextHeightPt * TitleTopFraction;

    /// <summary>The gap between the title's last line and the issuer's first line.</summary>
    public static double GapAfterTitlePt(DocumentStyle style) => 2 * style.Font(TextRole.Title).LineHeightPt;
}
