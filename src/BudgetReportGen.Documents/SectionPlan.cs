namespace BudgetReportGen.Documents;

/// <summary>A block and whether it starts on a new page (a <see cref="PageBreak"/> before it).</summary>
public readonly record struct PlannedBlock(Block Block, bool PageBreakBefore);

/// <summary>
/// A run of pages of one orientation (a Word section): its orientation, whether it is front matter (<see cref="IsCover"/>: the cover or the contents, no page
/// number; <see cref="PageNumbers"/>) and its blocks. Sections end after the cover, after the contents (so the body is
/// numbered from 1 in its first section) and wherever the page orientation changes (a landscape table and the portrait text after it); consecutive
/// landscape tables share one section. Word's writer and the page estimate (<see cref="PageEstimate"/>) both work from this plan.
/// </summary>
public sealed record SectionPlan(PageOrientation Orientation, bool IsCover, IReadOnlyList<PlannedBlock> Blocks)
{
    public static IReadOnlyList<SectionPlan> For(IReadOnlyList<Block> blocks)
    {
        var sections = new List<SectionPlan>();
        var current = new List<PlannedBlock>();
        var orientation = PageOrientation.Portrait;
        var pendingBreak = false;

        void Close(bool isCover)
        {
            sections.Add(new SectionPlan(orientation, isCover, current));
            current = [];
            pendingBreak = false;
        }

        foreach (var block in blocks)
        {
            if (block is PageBreak)
            {
                pendingBreak = true;
                continue;
            }
            var wanted = block is TableBlock t ? t.Table.Orientation : PageOrientation.Portrait;
            if (wanted != orientation)
            {
                if (current.Count > 0) Close(isCover: false);
                orientation = wanted;
            }
            current.Add(new PlannedBlock(block, pendingBreak && current.Count > 0));
            pendingBreak = false;
            if (block is TitlePage or TableOfContents) Close(isCover: true);
        }
        if (current.Count > 0 || sections.Count == 0) Close(isCover: false);
        return sections;
    }
}
