using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx;

/// <summary>Rough text metrics shared by the page estimator and the section layout.</summary>
internal static class TextMetrics
{
    /// <summary>Height of a single-spaced line relative to the font size (CJK fonts run about 1.3).</summary>
    public const double SingleLineFactor = 1.3;

    public static double LineHeightPt(FontSpec font) => font.LineSpacingPt ?? font.SizePt * SingleLineFactor;
}
