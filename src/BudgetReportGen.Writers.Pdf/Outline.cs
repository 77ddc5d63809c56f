using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Layout;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>The document outline (bookmarks): headings and tables, nested by level, each pointing at its page.</summary>
internal static class Outline
{
    public static void Add(PdfDocument pdf, IReadOnlyList<TocEntry> entries, Pagination pagination, IReadOnlyList<PdfPage> pages, PageSetup setup)
    {
        var open = new List<(int Level, PdfOutline Item)>();
        foreach (var entry in entries)
        {
            if (!pagination.Anchors.TryGetValue(entry.Anchor, out var at)) continue;
            while (open.Count > 0 && open[^1].Level >= entry.Level) open.RemoveAt(open.Count - 1);
            var parent = open.Count > 0 ? open[^1].Item.Outlines : pdf.Outlines;
            var item = parent.Add(entry.Text, pages[at.PageIndex], opened: entry.Level == 1);
            item.PageDestinationType = PdfPageDestinationType.Xyz;
            var box = setup.Box(pagination.Pages[at.PageIndex].Orientation);
            item.Left = box.LeftPt;
            // PDF destinations count from the bottom of the page.
            item.Top = box.HeightPt - box.TopPt - at.Top;
            open.Add((entry.Level, item));
        }
    }
}
