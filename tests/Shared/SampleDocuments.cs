using BudgetReportGen.Documents;

namespace BudgetReportGen.Tests.Shared;

/// <summary>
/// Synthetic documents that exercise every block kind of the document model, shared by the writer tests
/// (linked into each writer's test project). They know nothing of budgets.
/// </summary>
public static class SampleDocuments
{
    public static DocumentInfo Info { get; } = new("2023 年部门预算公开报告", "部门预算公开", "示例单位", new DateOnly(2023, 2, 10));

    /// <summary>Every block kind: cover, contents, headings at four levels, paragraphs, a list, tables with merged headers
    /// and merged body cells, a landscape table, an empty table with its remark, a page break and a remark.</summary>
    public static Document AllBlocks() => new(Info, DocumentStyle.Default,
    [
        new TitlePage("2023 年部门预算公开报告", ["鞍山市示例事业服务中心", "（鞍山市示例综合行政执法队）"]),
        new TableOfContents("目  录", 2),
        new PageBreak(),
        new Heading(1, "第一部分 部门概况", "part-1"),
        new Heading(2, "一、部门职责", "part-1-1"),
        new Paragraph("按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，2023 年收支总预算 3773.89 万元，比上年增加 31.18 万元，增长 0.83%。主要原因：事业单位基础绩效奖金的增加以及各类配缴项的增加。"),
        new ListBlock([
            new ListItem("1.", [new TextRun("一般公共预算拨款收入 3773.89 万元；")]),
            new ListItem("2.", [new TextRun("政府性基金预算拨款收入 0 万元。")]),
        ]),
        new Heading(3, "（一）收入预算", "part-1-1-1"),
        new Paragraph([new TextRun("加粗文字", Bold: true), new TextRun("与普通文字，English words and 3,773.89 numbers never split.")]),
        new Heading(4, "1. 细项", "part-1-1-1-1"),
        new Paragraph("居中的一行", Alignment.Center, FirstLineIndent: false),
        new Heading(1, "第二部分 部门预算表", "part-2"),
        new TableBlock(ExpenditureTable()),
        new TableBlock(WideTable()),
        new TableBlock(EmptyTable()),
        new TableBlock(IndicatorTable()),
        new Remark("备注：本表数据为示例。"),
        new PageBreak(),
        new Heading(1, "第三部分 名词解释", "part-3"),
        new Paragraph("1. 一般公共预算拨款收入：指市级财政当年拨付的资金。"),
    ]);

    /// <summary>A table shaped like 表3: header rows with 基本支出 spanning 小计/人员经费/公用经费 and rows spanning down.</summary>
    public static Table ExpenditureTable(int extraRows = 0)
    {
        var rows = new List<TableRow>
        {
            new([new("", ColSpan: 1), new("合计", Alignment: CellAlignment.Center), new("3,773.89"), new("3,066.38"), new("2,789.98"), new("276.40"), new("707.51")], RowKind.Total),
            new([new("208"), new("社会保障和就业支出"), new("3,323.72"), new("2,616.21"), new("2,339.81"), new("276.40"), new("707.51")], RowKind.Subtotal),
            new([new("2080199"), new("其他人力资源和社会保障管理事务支出"), new("2,309.43"), new("2,303.93"), new("2,027.53"), new("276.40"), new("5.50")]),
        };
        for (var i = 0; i < extraRows; i++)
            rows.Add(new([new($"20801{i:00}"), new($"第 {i + 1} 行"), new("1.00"), new("1.00"), new("1.00"), new(""), new("")]));
        return new Table(
            "table-3",
            new TableCaption("表3", "支出预算总表", "部门名称：鞍山市示例事业服务中心", "单位：万元"),
            [new(12), new(40, CellAlignment.Left), new(14, CellAlignment.Right), new(14, CellAlignment.Right), new(14, CellAlignment.Right), new(14, CellAlignment.Right), new(14, CellAlignment.Right)],
            [
                new([new("科目编码", RowSpan: 2), new("科目名称", RowSpan: 2), new("合计", RowSpan: 2), new("基本支出", ColSpan: 3), new("项目支出", RowSpan: 2)]),
                new([new("小计"), new("人员经费"), new("公用经费")]),
            ],
            rows,
            TocLabel: "三、支出预算总表");
    }

    /// <summary>A 16-column table shaped like 表10/表14, meant for a landscape page.</summary>
    public static Table WideTable()
    {
        string[] sources = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金"];
        var second = sources.Concat(sources).Select(s => new TableCell(s)).ToList();
        var columns = new List<TableColumn> { new(20), new(30), new(12, CellAlignment.Right) };
        columns.AddRange(Enumerable.Repeat(new TableColumn(12, CellAlignment.Right), 12));
        return new Table(
            "table-10",
            new TableCaption("表10", "项目支出预算表", "部门名称：鞍山市示例事业服务中心", "单位：万元"),
            columns,
            [
                new([new("单位名称", RowSpan: 2), new("项目名称", RowSpan: 2), new("总计", RowSpan: 2), new("本年收入", ColSpan: 6), new("上年结转结余", ColSpan: 6)]),
                new(second),
            ],
            [
                new([new("鞍山市示例事业服务中心", RowSpan: 2), new("厂办职工安置费"), new("464.64"), new("464.64"), new("464.64"), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new("")]),
                new([new("办公用房物业费"), new("5.50"), new("5.50"), new("5.50"), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new(""), new("")]),
            ],
            Orientation: PageOrientation.Landscape,
            TocLabel: "十、项目支出预算表");
    }

    /// <summary>An empty table (no body rows) with its remark, like 表8.</summary>
    public static Table EmptyTable() => new(
        "table-8",
        new TableCaption("表8", "政府性基金预算支出表", "部门名称：鞍山市示例事业服务中心", "单位：万元"),
        [new(15), new(45), new(15, CellAlignment.Right), new(15, CellAlignment.Right), new(15, CellAlignment.Right)],
        [
            new([new("科目编码", RowSpan: 2), new("科目名称", RowSpan: 2), new("本年政府性基金预算支出", ColSpan: 3)]),
            new([new("合计"), new("基本支出"), new("项目支出")]),
        ],
        [],
        Remark: "备注：此表为空表，本单位无政府性基金预算安排的支出。",
        TocLabel: "八、政府性基金预算支出表");

    /// <summary>A performance-indicator table like 表17: first columns merged down over several rows, long wrapping text.</summary>
    public static Table IndicatorTable() => new(
        "table-17",
        new TableCaption("表17", "部门（单位）整体绩效目标表", "", "单位：万元"),
        [new(14), new(16), new(30), new(8, CellAlignment.Center), new(10, CellAlignment.Center), new(10, CellAlignment.Center), new(12, CellAlignment.Center)],
        [new([new("一级指标"), new("二级指标"), new("三级指标"), new("运算符"), new("指标值"), new("度量单位"), new("完成时限")])],
        [
            new([new("履职效能", RowSpan: 3), new("重点工作履行情况", RowSpan: 2), new("重点工作办结率"), new("="), new("100"), new("%"), new("2023-12")]),
            new([new("整体工作完成情况，这是一段很长的文字，需要在单元格内折行显示，不能溢出单元格的边界。"), new("="), new("100"), new("%"), new("2023-12")]),
            new([new("基础管理"), new("依法行政能力"), new(""), new("管理规范"), new(""), new("2023-12")]),
            new([new("年度绩效目标", ColSpan: 2), new("1、贯彻执行国家及省、市有关政策规定。\n2、承担市直机关事业单位职业年金相关服务工作。", ColSpan: 5, Alignment: CellAlignment.Left)]),
        ],
        TocLabel: "十七、部门整体绩效目标表");

    /// <summary>A document whose only content is a table of <paramref name="rows"/> body rows (pagination tests).</summary>
    public static Document LongTable(int rows) => new(Info, DocumentStyle.Default,
        [new Heading(1, "长表", "long"), new TableBlock(ExpenditureTable(rows))]);
}
