using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx;

/// <summary>Rough text metrics shared by the page estimator and the section layout.</summary>
internal static class TextMetrics
{
    /// <summary>Height of a single-spaced line relative to the font size (CJK fonts run about 1.3).</summary>
    public const double SingleLineFactor = 1.3;

    public static double LineHeightPt(FontSpec font) => font.LineSpacingPt ?? font.SizePt * SingleLineFactor;

    /// <summary>Width of a text in ems: full-width (CJK) characters take one em, others about half.</summary>
    public static double WidthEm(string text)
    {
        double em = 0;
        foreach (var c in text) em += c >= 0x2E80 || c is >= '\u2014' and <= '\u201F' ? 1 : 0.5;
        return em;
    }
}
