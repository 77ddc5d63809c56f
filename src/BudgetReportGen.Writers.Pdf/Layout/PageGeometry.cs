using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>Page and content-box sizes in points for each orientation (a landscape page swaps width and height and keeps the margins).</summary>
internal sealed record PageGeometry(PageSetup Setup)
{
    private const double PointsPerMm = 72 / 25.4;

    public double Width(PageOrientation o) => Mm(o == PageOrientation.Portrait ? Setup.WidthMm : Setup.HeightMm);
    public double Height(PageOrientation o) => Mm(o == PageOrientation.Portrait ? Setup.HeightMm : Setup.WidthMm);
    public double Left => Mm(Setup.MarginLeftMm);
    public double Top => Mm(Setup.MarginTopMm);
    public double Bottom => Mm(Setup.MarginBottomMm);
    public double ContentWidth(PageOrientation o) => Width(o) - Left - Mm(Setup.MarginRightMm);
    public double ContentHeight(PageOrientation o) => Height(o) - Top - Bottom;

    private static double Mm(double mm) => mm * PointsPerMm;
}
