using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The size of a chart on the page: the section's full text width, and the height the shared layout gives the chart below its
/// caption (<see cref="ChartLayout"/>, as the HTML and PDF writers draw it, so the three formats break pages alike), never more
/// than 0.75 × the text height (<see cref="ChartLayout.HeightOnPage"/>).
/// </summary>
internal static class ChartSize
{
    /// <summary>English Metric Units per twip (914400 per inch, 1440 twips per inch): DrawingML's unit.</summary>
    public const long EmuPerTwip = 635;

    /// <summary>The chart as the shared layout draws it below its caption, across a text width of <paramref name="textWidthPt"/>.</summary>
    public static ChartDrawing Lay(Chart chart, DocumentStyle style, double textWidthPt) => ChartLayout.Lay(chart, style, textWidthPt, withTitle: false);
}
