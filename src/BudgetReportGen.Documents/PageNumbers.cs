namespace BudgetReportGen.Documents;

/// <summary>
/// The page-numbering rule every writer follows: the front matter (the cover and the table of contents) carries no page
/// number, and the body, from the first block after the contents (or after the cover when there are no contents), is
/// numbered from 1. PDF, Word (a section of its own for the front matter, restart at 1) and HTML print (named pages
/// without a number, the counter held on them) thus print the same numbers, and the contents list them.
/// </summary>
public static class PageNumbers
{
    /// <summary>The index of the block the body starts with (0 when there is no front matter).</summary>
    public static int BodyStart(IReadOnlyList<Block> blocks)
    {
        var start = 0;
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i] is TitlePage or TableOfContents) start = i + 1;
        while (start < blocks.Count && blocks[start] is PageBreak) start++;
        return start;
    }

    /// <summary>True when the block at <paramref name="index"/> is front matter (unnumbered).</summary>
    public static bool IsFrontMatter(IReadOnlyList<Block> blocks, int index) => index < BodyStart(blocks);

    /// <summary>The anchor of the first heading or table of the body (its page is page 1), or null when the body has none.</summary>
    public static string? FirstBodyAnchor(IReadOnlyList<Block> blocks)
    {
        for (var i = BodyStart(blocks); i < blocks.Count; i++)
            switch (blocks[i])
            {
                case Heading h: return h.Anchor;
                case TableBlock t: return t.Table.Anchor;
            }
        return null;
    }
}
