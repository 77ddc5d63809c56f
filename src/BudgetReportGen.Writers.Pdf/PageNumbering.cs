using BudgetReportGen.Writers.Pdf.Layout;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Printed page numbers (the shared rule, <see cref="Documents.PageNumbers"/>): the front matter (cover and contents) has
/// none, and the page the body starts on is page 1. Without a body anchor, only the cover is skipped.
/// </summary>
internal sealed class PageNumbering(Pagination pagination, bool hasCover, string? firstBodyAnchor)
{
    private readonly int skipped =
        firstBodyAnchor is not null && pagination.Anchors.TryGetValue(firstBodyAnchor, out var body) ? body.PageIndex : hasCover ? 1 : 0;

    /// <summary>The printed number of a page (by index), or null for the front matter.</summary>
    public int? Of(int pageIndex) => pageIndex < skipped ? null : pageIndex - skipped + 1;

    /// <summary>The printed number of the page an anchor is on.</summary>
    public int? OfAnchor(string anchor) => pagination.Anchors.TryGetValue(anchor, out var at) ? Of(at.PageIndex) : null;
}
