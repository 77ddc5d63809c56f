using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>Extra documents for edge cases the shared samples do not reach.</summary>
internal static class TestDocuments
{
    public static Document With(params Block[] blocks) => new(SampleDocuments.Info, DocumentStyle.Default, blocks);

    /// <summary>A table whose second row holds a cell far taller than a page.</summary>
    public static Document TallRow()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"第 {i} 条：很长的绩效目标说明文字。"));
        var table = new Table("tall", new TableCaption("表99", "超长单元格表", "部门名称：示例", "单位：万元"),
            [new(20), new(80)],
            [new([new("项目"), new("说明")])],
            [new([new("短行"), new("短")]), new([new("长行"), new(tall)]), new([new("末行"), new("结束标记")])]);
        return With(new Heading(1, "超长行", "tall-part"), new TableBlock(table));
    }
}
