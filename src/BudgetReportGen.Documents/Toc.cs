namespace BudgetReportGen.Documents;

/// <summary>An entry of the table of contents or of the PDF outline.</summary>
public sealed record TocEntry(int Level, string Text, string Anchor);

/// <summary>Collects table-of-contents entries, so all writers list the same headings and tables.</summary>
public static class Toc
{
    /// <summary>
    /// Headings up to <paramref name="maxLevel"/>, and every table with a <see cref="Table.TocLabel"/>,
    /// which is listed one level below the heading it follows.
    /// </summary>
    public static IReadOnlyList<TocEntry> Collect(Document document, int maxLevel)
    {
        var entries = new List<TocEntry>();
        var lastHeadingLevel = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    lastHeadingLevel = h.Level;
                    if (h.Level <= maxLevel) entries.Add(new TocEntry(h.Level, h.Text, h.Anchor));
                    break;
                case TableBlock { Table.TocLabel: { } label } t when lastHeadingLevel + 1 <= maxLevel:
                    entries.Add(new TocEntry(lastHeadingLevel + 1, label, t.Table.Anchor));
                    break;
            }
        }
        return entries;
    }
}
