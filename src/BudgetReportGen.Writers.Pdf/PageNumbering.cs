using BudgetReportGen.Writers.Pdf.Layout;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>Printed page numbers: the cover has none, and the page after it is page 1.</summary>
internal sealed class PageNumbering(Pagination pagination, bool hasCover)
{
    private readonly int skipped = hasCover ? 1 : 0;

    /// <summary>The printed number of a page (by index), or null for the cover.</summary>
    public int? Of(int pageIndex) => pageIndex < skipped ? null : pageIndex - skipped + 1;

    /// <summary>The printed number of the page an anchor is on.</summary>
    public int? OfAnchor(string anchor) => pagination.Anchors.TryGetValue(anchor, out var at) ? Of(at.PageIndex) : null;
}
