namespace BudgetReportGen.Documents;

/// <summary>
/// A table's cell padding and rules, as fractions of the table body's font size, and the height of its rows: one rule for every
/// writer, so a row is as high in the PDF, in Word and in the browser's print, and the page estimate (<see cref="PageEstimate"/>)
/// adds up what they print. A compact table (<see cref="PageEstimate.IsCompact"/>) has less padding above and below its text:
/// the loosest of <see cref="CompactVerticalPaddingsEm"/> that takes its last rows in.
/// </summary>
public static class TableMetrics
{
    /// <summary>Left and right padding of a cell (<see cref="ColumnFit.PaddingEm"/> is both sides together).</summary>
    public const double HorizontalPaddingEm = ColumnFit.PaddingEm / 2;

    /// <summary>Top and bottom padding of a cell.</summary>
    public const double VerticalPaddingEm = 0.25;

    /// <summary>Top and bottom paddings a compact table may have, loosest first: the gaps shrunk only as far as its last few
    /// rows need to join its page.</summary>
    public static IReadOnlyList<double> CompactVerticalPaddingsEm { get; } = [0.2, 0.15, 0.1, 0.05, 0];

    /// <summary>The width of the rules.</summary>
    public const double BorderEm = 0.06;

    public static double HorizontalPaddingPt(DocumentStyle style) => BodySize(style) * HorizontalPaddingEm;

    /// <summary>Top and bottom padding of a cell: <paramref name="em"/> of the table body size.</summary>
    public static double VerticalPaddingPt(DocumentStyle style, double em = VerticalPaddingEm) => BodySize(style) * em;

    public static double BorderPt(DocumentStyle style) => BodySize(style) * BorderEm;

    private static double BodySize(DocumentStyle style) => style.Font(TextRole.TableBody).SizePt;
}
