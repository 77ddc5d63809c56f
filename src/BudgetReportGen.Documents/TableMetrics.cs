namespace BudgetReportGen.Documents;

/// <summary>
/// A table's cell padding and rules, as fractions of the table body's font size, and the height of its rows: one rule for every
/// writer, so a row is as high in the PDF, in Word and in the browser's print, and the page estimate (<see cref="PageEstimate"/>)
/// adds up what they print. A compact table (<see cref="PageEstimate.IsCompact"/>) has less padding above and below its text.
/// </summary>
public static class TableMetrics
{
    /// <summary>Left and right padding of a cell (<see cref="ColumnFit.PaddingEm"/> is both sides together).</summary>
    public const double HorizontalPaddingEm = ColumnFit.PaddingEm / 2;

    /// <summary>Top and bottom padding of a cell.</summary>
    public const double VerticalPaddingEm = 0.25;

    /// <summary>Top and bottom padding of a cell in a compact table: the gaps shrunk so a table's last few rows join its page.</summary>
    public const double CompactVerticalPaddingEm = 0;

    /// <summary>The width of the rules.</summary>
    public const double BorderEm = 0.06;

    public static double HorizontalPaddingPt(DocumentStyle style) => BodySize(style) * HorizontalPaddingEm;

    public static double VerticalPaddingPt(DocumentStyle style, bool compact) =>
        BodySize(style) * (compact ? CompactVerticalPaddingEm : VerticalPaddingEm);

    public static double BorderPt(DocumentStyle style) => BodySize(style) * BorderEm;

    private static double BodySize(DocumentStyle style) => style.Font(TextRole.TableBody).SizePt;
}
