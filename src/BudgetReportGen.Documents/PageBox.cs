namespace BudgetReportGen.Documents;

/// <summary>
/// The page of one orientation in points, computed once from <see cref="PageSetup"/> (a landscape page swaps the paper and keeps
/// the margins): the paper, the margins, the text area (版心), where the page-number line sits and the body's character grid.
/// Every writer takes its geometry from here and only converts units (PDF points, Word twips, CSS millimetres).
/// </summary>
public sealed record PageBox(
    PageOrientation Orientation,
    double WidthPt,
    double HeightPt,
    double TopPt,
    double BottomPt,
    double LeftPt,
    double RightPt,
    double FooterGapPt,
    double CharPitchPt)
{
    /// <summary>The text area's width.</summary>
    public double TextWidthPt => WidthPt - LeftPt - RightPt;

    /// <summary>The text area's height.</summary>
    public double TextHeightPt => HeightPt - TopPt - BottomPt;

    /// <summary>The top of the page-number line, from the top of the paper: <see cref="FooterGapPt"/> below the text area.</summary>
    public double FooterTopPt => HeightPt - BottomPt + FooterGapPt;

    /// <summary>True when body text is set on a character grid (<see cref="CharPitchPt"/> per full-width character).</summary>
    public bool HasCharGrid => CharPitchPt > 0;
}
