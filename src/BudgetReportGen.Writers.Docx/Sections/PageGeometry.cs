using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Sections;

/// <summary>
/// The page boxes of the document model (<see cref="PageSetup.Box"/>) in twips: only a change of units. The text area is the
/// page less the rounded margins, so the section's numbers add up exactly.
/// </summary>
internal sealed class PageGeometry(PageSetup page)
{
    private readonly PageBox portrait = page.Box(PageOrientation.Portrait);
    private readonly PageBox landscape = page.Box(PageOrientation.Landscape);

    public PageBox Box(PageOrientation o) => o == PageOrientation.Landscape ? landscape : portrait;

    public int TopTwips => Units.TwipsFromPt(portrait.TopPt);
    public int BottomTwips => Units.TwipsFromPt(portrait.BottomPt);
    public int LeftTwips => Units.TwipsFromPt(portrait.LeftPt);
    public int RightTwips => Units.TwipsFromPt(portrait.RightPt);

    public int PageWidth(PageOrientation o) => Units.TwipsFromPt(Box(o).WidthPt);
    public int PageHeight(PageOrientation o) => Units.TwipsFromPt(Box(o).HeightPt);
    public int TextWidth(PageOrientation o) => PageWidth(o) - LeftTwips - RightTwips;
    public int TextHeight(PageOrientation o) => PageHeight(o) - TopTwips - BottomTwips;

    /// <summary>The distance from the page's bottom edge to the bottom of the page-number line of <paramref name="lineTwips"/> (w:footer).</summary>
    public int FooterDistance(PageOrientation o, int lineTwips) =>
        Math.Max(0, Units.TwipsFromPt(Box(o).HeightPt - Box(o).FooterTopPt) - lineTwips);
}
