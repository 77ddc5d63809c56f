using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// The one contract of the layout engine: an element is measured in the space left on a page, and answers with the part
/// that fits (its height and how to draw it) and the rest that goes on the next page.
/// </summary>
internal interface ILayoutElement
{
    /// <summary>The orientation of the page this element must be placed on.</summary>
    PageOrientation Orientation => PageOrientation.Portrait;

    /// <summary>True when the element must stay on the same page as the start of the next one (headings).</summary>
    bool KeepWithNext => false;

    /// <summary>
    /// Lays out as much of the element as fits in <paramref name="space"/>. At the top of a page an element must make progress
    /// (return a non-empty <see cref="Fit"/>), even if it has to clip.
    /// </summary>
    Fit Measure(Space space);
}

/// <summary>
/// The space left on a page: content width, remaining height, whether nothing has been placed on the page yet,
/// and the height of a whole page's content box (to tell what could fit on a fresh page).
/// </summary>
internal readonly record struct Space(double Width, double Height, bool AtPageTop, double PageHeight);

/// <summary>
/// What fits of an element: its height, how to draw it at a top position, and the rest of the element (null when done).
/// <see cref="EndsPage"/> starts a new page after this part; <see cref="Anchor"/> names the element for the outline and the contents.
/// </summary>
internal sealed record Fit(double Height, Action<DrawContext, double>? Draw, ILayoutElement? Rest, bool EndsPage = false, string? Anchor = null)
{
    /// <summary>Nothing fits: the whole element goes to the next page.</summary>
    public static Fit Nothing(ILayoutElement element) => new(0, null, element);

    public bool IsNothing(ILayoutElement element) => Draw is null && !EndsPage && ReferenceEquals(Rest, element);
}
