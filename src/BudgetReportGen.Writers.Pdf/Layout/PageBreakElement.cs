namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>Ends the page; the next element starts a new one (a break on a page with nothing on it yet does nothing).</summary>
internal sealed class PageBreakElement : ILayoutElement
{
    public Fit Measure(Space space) => new(0, null, null, EndsPage: true);
}

/// <summary>Vertical space between blocks; dropped at the top of a page and cut at its bottom.</summary>
internal sealed class SpacerElement(double height) : ILayoutElement
{
    public Fit Measure(Space space) => new(space.AtPageTop ? 0 : Math.Min(height, space.Height), null, null);
}
