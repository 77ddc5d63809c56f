using BudgetReportGen.Documents;

namespace BudgetReportGen.Tests.Shared;

/// <summary>
/// Reports of one part heading and, on the next page, the expenditure table with more and more rows, marked 续表 where it
/// continues: for the orphan-row rule (<see cref="PageEstimate.IsCompact"/>) and the 续表 parts in every writer.
/// </summary>
public static class OrphanRowReports
{
    public const string Mark = "续表3";

    public static Document With(int extraRows)
    {
        var table = SampleDocuments.ExpenditureTable(extraRows);
        table = table with { Caption = table.Caption with { Continued = Mark } };
        return new Document(SampleDocuments.Info, DocumentStyle.Default,
            [new Heading(1, "第三部分 预算表", "part-3"), new PageBreak(), new TableBlock(table)]);
    }

    public static Table TableOf(Document report) => report.Blocks.OfType<TableBlock>().Single().Table;

    /// <summary>The fewest rows that no longer fit one page as the table is usually set: the page estimate sets it compact.</summary>
    public static int FirstCompact() =>
        Enumerable.Range(10, 100).First(n => With(n) is var r && PageEstimate.Of(r).IsCompact(TableOf(r)));

    /// <summary>The fewest rows (beyond <see cref="FirstCompact"/>) that even compact take a second page: the table continues.</summary>
    public static int FirstContinued() =>
        Enumerable.Range(FirstCompact(), 100).First(n => With(n) is var r && PageEstimate.Of(r).Breaks(TableOf(r)).Count > 0);

    /// <summary>A report whose table has a first-column cell spanning all its <paramref name="rows"/> rows, more than a page holds:
    /// the estimate breaks it inside the span.</summary>
    public static Document SpanningPages(int rows)
    {
        var body = Enumerable.Range(0, rows).Select(i => new TableRow(i == 0
            ? [new TableCell("社会保障和就业支出", RowSpan: rows), new TableCell($"第 {i + 1} 行"), new TableCell("1.00")]
            : [new TableCell($"第 {i + 1} 行"), new TableCell("1.00")])).ToList();
        var table = new Table("table-5", new TableCaption("表5", "一般公共预算支出表", "", "单位：万元", Mark),
            [new(20), new(50), new(30, CellAlignment.Right)], [new([new("类"), new("项目"), new("金额")])], body);
        return new Document(SampleDocuments.Info, DocumentStyle.Default, [new TableBlock(table)]);
    }
}
