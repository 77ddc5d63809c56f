using BudgetReportGen.Documents;
using static System.FormattableString;

namespace BudgetReportGen.Tests.Shared;

/// <summary>Synthetic charts of every kind (their labels and shares written out as the engine would compute them) and a
/// document that holds them all, for the writers' chart tests.</summary>
public static class SampleCharts
{
    public static Chart Pie() => new(ChartKind.Pie, "图1 2023年支出预算构成", "万元",
        ["基本支出", "项目支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"],
        [new ChartSeries("2023年", [
            Point(2575.37m, 45.12m), Point(1500.00m, 26.28m), Point(1000.50m, 17.53m), Point(400.25m, 7.01m), Point(232.00m, 4.06m)])],
        "2023年支出预算5708.12万元，其中基本支出2575.37万元，占45.12%；项目支出1500.00万元，占26.28%。");

    public static Chart Ring() => Pie() with { Kind = ChartKind.Ring, Title = "图2 2023年支出预算构成（环形）" };

    public static Chart Bar() => new(ChartKind.Bar, "图3 2023年与2022年支出预算对比", "万元",
        ["基本支出", "项目支出", "合计"],
        [
            new ChartSeries("2022年", [Point(2500.10m), Point(1242.61m), Point(3742.71m)]),
            new ChartSeries("2023年", [Point(2575.37m), Point(1198.52m), Point(3773.89m)]),
        ],
        "2023年支出预算3773.89万元，比2022年的3742.71万元增加31.18万元。");

    public static Chart StackedBar() => new(ChartKind.StackedBar, "图4 基本支出与项目支出", "万元",
        ["2022年", "2023年"],
        [
            new ChartSeries("基本支出", [Point(2500.10m, 66.80m), Point(2575.37m, 68.24m)]),
            new ChartSeries("项目支出", [Point(1242.61m, 33.20m), Point(1198.52m, 31.76m)]),
        ],
        "2022年基本支出2500.10万元、项目支出1242.61万元；2023年基本支出2575.37万元、项目支出1198.52万元。");

    /// <summary>A pie with one slice of 0.01% and category names far longer than a legend line.</summary>
    public static Chart TinySliceLongNames() => new(ChartKind.Pie, "图5 按功能分类的支出构成（含极小项和很长的科目名称）", "万元",
        ["一般公共服务支出（含人大事务、政协事务、政府办公厅（室）及相关机构事务）", "社会保障和就业支出", "极小的一项",
            "节能环保支出之污染防治及能源节约利用与可再生能源等科目合计"],
        [new ChartSeries("2023年", [Point(6000.00m, 59.99m), Point(3000.00m, 30.00m), Point(1.00m, 0.01m), Point(1000.00m, 10.00m)])],
        "一般公共服务支出占59.99%，社会保障和就业支出占30.00%，极小的一项占0.01%，节能环保支出占10.00%。");

    /// <summary>A bar chart whose category names are long enough to wrap on the axis.</summary>
    public static Chart LongNamesBar() => new(ChartKind.Bar, "图6 按功能分类的支出", "万元",
        ["一般公共服务支出（含人大事务、政协事务、政府办公厅（室）及相关机构事务）", "社会保障和就业支出", "卫生健康支出"],
        [new ChartSeries("2023年", [Point(6000.00m), Point(3000.00m), Point(0.50m)])],
        "一般公共服务支出6000.00万元，社会保障和就业支出3000.00万元，卫生健康支出0.50万元。");

    public static IReadOnlyList<Chart> All() => [Pie(), Ring(), Bar(), StackedBar(), TinySliceLongNames(), LongNamesBar()];

    /// <summary>A short document with every sample chart between paragraphs.</summary>
    public static Document Document() => new(SampleDocuments.Info, DocumentStyle.Default,
        [
            new Heading(1, "第四部分 图解", "charts"),
            .. All().SelectMany(chart => new Block[] { new Paragraph("下图展示预算数据。"), new ChartBlock(chart) }),
        ]);

    /// <summary>The label the engine prints: the amount with its unit, and the share when there is one.</summary>
    private static ChartPoint Point(decimal value, decimal? share = null) =>
        new(value, share is { } s ? Invariant($"{value:0.00}万元，{s:0.00}%") : Invariant($"{value:0.00}万元"), share);
}
