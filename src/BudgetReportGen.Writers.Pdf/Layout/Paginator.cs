using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>A part of an element placed on a page at <see cref="Top"/> (from the top of the content box).</summary>
internal sealed record PlacedPart(double Top, Fit Fit);

/// <summary>A page of the layout: its orientation and the parts placed on it.</summary>
internal sealed class LaidPage(PageOrientation orientation)
{
    public PageOrientation Orientation { get; set; } = orientation;
    public List<PlacedPart> Parts { get; } = [];
    public bool HasContent => Parts.Any(p => p.Fit.Height > 0 || p.Fit.Draw is not null);
}

/// <summary>Where an anchored element (heading, table) starts: page index and top within the content box.</summary>
internal readonly record struct AnchorPosition(int PageIndex, double Top);

/// <summary>The pages of a document and where each anchor landed.</summary>
internal sealed record Pagination(IReadOnlyList<LaidPage> Pages, IReadOnlyDictionary<string, AnchorPosition> Anchors);

/// <summary>
/// Places elements on pages: measures each in the space left, moves it to a new page when nothing of it fits, continues its rest on
/// the next page, starts a new page after a page break, keeps headings with what follows, and opens a landscape page before a
/// landscape table (and a portrait one after it).
/// </summary>
internal sealed class Paginator(PageSetup setup)
{
    public Pagination Paginate(IReadOnlyList<ILayoutElement> elements)
    {
        var pages = new List<LaidPage>();
        var anchors = new Dictionary<string, AnchorPosition>(StringComparer.Ordinal);
        LaidPage page = new(PageOrientation.Portrait);
        pages.Add(page);
        var y = 0.0;
        var breakPending = false;

        void NewPage(PageOrientation orientation)
        {
            page = new LaidPage(orientation);
            pages.Add(page);
            y = 0;
            breakPending = false;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var orientation = OrientationOf(elements, i);
            if (page.HasContent && (breakPending || page.Orientation != orientation)) NewPage(orientation);
            page.Orientation = orientation;
            breakPending = false;

            var current = elements[i];
            while (current is not null)
            {
                var box = setup.Box(orientation);
                var space = new Space(box.TextWidthPt, box.TextHeightPt - y, !page.HasContent, box.TextHeightPt);
                if (!space.AtPageTop && !FollowersStart(elements, i, current, space))
                {
                    NewPage(orientation);
                    continue;
                }
                var fit = current.Measure(space);
                if (fit.IsNothing(current))
                {
                    if (space.AtPageTop) throw new InvalidOperationException($"{current.GetType().Name} made no progress on an empty page.");
                    NewPage(orientation);
                    continue;
                }
                if (fit.Anchor is not null) anchors.TryAdd(fit.Anchor, new AnchorPosition(pages.Count - 1, y));
                page.Parts.Add(new PlacedPart(y, fit));
                y += fit.Height;
                breakPending |= fit.EndsPage;
                current = fit.Rest;
                if (current is not null) NewPage(orientation);
            }
        }
        if (pages.Count > 1 && !pages[^1].HasContent) pages.RemoveAt(pages.Count - 1);
        return new Pagination(pages, anchors);
    }

    /// <summary>An element kept with the next takes the orientation of the element it is kept with.</summary>
    private static PageOrientation OrientationOf(IReadOnlyList<ILayoutElement> elements, int i)
    {
        while (elements[i].KeepWithNext && i + 1 < elements.Count) i++;
        return elements[i].Orientation;
    }

    /// <summary>For an element kept with the next: true when it fits together with the start of the elements it is kept with.</summary>
    private static bool FollowersStart(IReadOnlyList<ILayoutElement> elements, int i, ILayoutElement current, Space space)
    {
        var element = current;
        while (element.KeepWithNext && i + 1 < elements.Count)
        {
            var fit = element.Measure(space);
            if (fit.IsNothing(element)) return false;
            if (fit.Rest is not null) return true;
            space = space with { Height = space.Height - fit.Height, AtPageTop = false };
            element = elements[++i];
        }
        return ReferenceEquals(element, current) || !element.Measure(space).IsNothing(element);
    }
}
