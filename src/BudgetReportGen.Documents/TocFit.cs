namespace BudgetReportGen.Documents;

/// <summary>
/// The rule that keeps the table of contents on one page where it can (shared by the writers, so the three formats set it
/// alike): when the entries at the style's line spacing would run onto a second page, their line spacing is tightened just
/// enough to fit one page, down to <see cref="MinimumLeading"/> × the entry size; below that they keep the style's spacing
/// and run on.
/// </summary>
public static class TocFit
{
    /// <summary>The tightest line spacing, as a multiple of the entry font size.</summary>
    public const double MinimumLeading = 1.2;

    /// <summary>The line spacing (pt) of the contents entries of <paramref name="document"/>'s <paramref name="toc"/>.</summary>
    public static double EntryLineSpacingPt(Document document, TableOfContents toc) =>
        EntryLineSpacingPt(document.Style, Toc.Collect(document, toc.MaxLevel).Count);

    /// <summary>The line spacing (pt) of <paramref name="entries"/> one-line contents entries on a portrait page of <paramref name="style"/>.</summary>
    public static double EntryLineSpacingPt(DocumentStyle style, int entries)
    {
        var entry = style.Font(TextRole.TocEntry);
        var natural = entry.LineHeightPt;
        if (entries == 0) return natural;
        var title = style.Font(TextRole.TocTitle);
        var titleHeight = title.LineHeightPt + title.SpaceBeforePt + title.SpaceAfterPt;
        // A little room for rounding in the writers (Word's twips, a browser's line boxes).
        var available = (style.Page.TextHeightPt(PageOrientation.Portrait) - titleHeight) * 0.98;
        if (entries * natural <= available) return natural;
        var fitted = Math.Floor(available / entries * 20) / 20; // whole twips
        return fitted >= entry.SizePt * MinimumLeading ? fitted : natural;
    }
}
