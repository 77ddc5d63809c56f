using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Sections;

/// <summary>
/// The page and its text area in twips for either orientation. A landscape page swaps width and height and keeps
/// the margins, as <see cref="PageSetup"/> says.
/// </summary>
internal sealed class PageGeometry
{
    public PageGeometry(PageSetup page)
    {
        WidthTwips = Units.TwipsFromMm(page.WidthMm);
        HeightTwips = Units.TwipsFromMm(page.HeightMm);
        TopTwips = Units.TwipsFromMm(page.MarginTopMm);
        BottomTwips = Units.TwipsFromMm(page.MarginBottomMm);
        LeftTwips = Units.TwipsFromMm(page.MarginLeftMm);
        RightTwips = Units.TwipsFromMm(page.MarginRightMm);
        if (TextWidth(PageOrientation.Portrait) <= 0 || TextHeight(PageOrientation.Portrait) <= 0
            || TextWidth(PageOrientation.Landscape) <= 0 || TextHeight(PageOrientation.Landscape) <= 0)
            throw new DocumentWriteException(
                $"页面设置无效：纸张 {page.WidthMm}×{page.HeightMm} mm 减去页边距（上 {page.MarginTopMm}、下 {page.MarginBottomMm}、左 {page.MarginLeftMm}、右 {page.MarginRightMm} mm）后没有版心。请在样式文件中减小页边距或加大纸张。");
    }

    public int WidthTwips { get; }
    public int HeightTwips { get; }
    public int TopTwips { get; }
    public int BottomTwips { get; }
    public int LeftTwips { get; }
    public int RightTwips { get; }

    public int PageWidth(PageOrientation o) => o == PageOrientation.Landscape ? HeightTwips : WidthTwips;
    public int PageHeight(PageOrientation o) => o == PageOrientation.Landscape ? WidthTwips : HeightTwips;
    public int TextWidth(PageOrientation o) => PageWidth(o) - LeftTwips - RightTwips;
    public int TextHeight(PageOrientation o) => PageHeight(o) - TopTwips - BottomTwips;
}
