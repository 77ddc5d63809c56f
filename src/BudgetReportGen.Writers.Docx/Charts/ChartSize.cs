using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The size of a chart on the page: the section's full text width, and a height of 0.55 × the width for a pie or ring and
/// 0.6 × the width for bars (the proportions the HTML and PDF writers draw), never more than 0.75 × the text height (a
/// landscape page is short). Any unit: the body writer works in twips, the page estimate in points.
/// </summary>
internal static class ChartSize
{
    /// <summary>English Metric Units per twip (914400 per inch, 1440 twips per inch): DrawingML's unit.</summary>
    public const long EmuPerTwip = 635;

    public static double HeightRatio(ChartKind kind) => kind is ChartKind.Pie or ChartKind.Ring ? 0.55 : 0.6;

    public static double Height(ChartKind kind, double textWidth, double textHeight) =>
        Math.Min(textWidth * HeightRatio(kind), textHeight * 0.75);
}
