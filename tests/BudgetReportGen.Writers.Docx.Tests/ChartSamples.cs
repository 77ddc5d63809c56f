using BudgetReportGen.Tests.Shared;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>Synthetic charts of every kind (the engine's labels and descriptions written out by hand) and a document holding them.</summary>
internal static class ChartSamples
{
    public static M.Chart Pie() => Round(M.ChartKind.Pie, "图1 2023年支出预算构成");

    public static M.Chart Ring() => Round(M.ChartKind.Ring, "图2 2023年收入预算构成");

    private static M.Chart Round(M.ChartKind kind, string title)
    {
        string[] categories = ["社会保障和就业支出", "卫生健康支出", "住房保障支出", "一般公共服务支出", "其他支出"];
        decimal[] values = [2575.37m, 707.51m, 290.12m, 150.55m, 50.34m];
        decimal[] shares = [68.24m, 18.75m, 7.69m, 3.99m, 1.33m];
        var points = values.Select((v, i) => new M.ChartPoint(v, $"{v:0.00}万元，{shares[i]:0.00}%", shares[i])).ToList();
        return new M.Chart(kind, title, "万元", categories, [new M.ChartSeries("支出", points)],
            $"{title}：" + string.Join("；", categories.Select((c, i) => $"{c}{values[i]:0.00}万元，占{shares[i]:0.00}%")) + "。");
    }

    /// <summary>A composition with a long tail of small parts (8 % down to 0.5 %), whose labels crowd together.</summary>
    public static M.Chart ManySlices(M.ChartKind kind)
    {
        string[] categories = ["社会保障和就业支出", "卫生健康支出", "住房保障支出", "一般公共服务支出", "教育支出", "节能环保支出", "城乡社区支出", "其他支出"];
        decimal[] shares = [60m, 20m, 8m, 5m, 3m, 2m, 1.5m, 0.5m];
        var points = shares.Select(s => new M.ChartPoint(s * 37.73m, $"{s * 37.73m:0.00}万元，{s:0.00}%", s)).ToList();
        return new M.Chart(kind, "图5 支出构成（多类）", "万元", categories, [new M.ChartSeries("支出", points)], "图5：八类支出的构成。");
    }

    public static M.Chart Bar() => new(M.ChartKind.Bar, "图3 2023年与2022年预算对比", "万元",
        ["收入预算", "支出预算", "财政拨款"],
        [
            new M.ChartSeries("2022年", [new(3742.71m, "3742.71"), new(3742.71m, "3742.71"), new(3600.05m, "3600.05")]),
            new M.ChartSeries("2023年", [new(3773.89m, "3773.89"), new(3773.89m, "3773.89"), new(3650.40m, "3650.40")]),
        ],
        "图3：2023年收入预算3773.89万元，比2022年3742.71万元增加31.18万元；支出预算同；财政拨款3650.40万元，比上年3600.05万元增加50.35万元。");

    public static M.Chart StackedBar() => new(M.ChartKind.StackedBar, "图4 基本支出与项目支出", "万元",
        ["2022年", "2023年"],
        [
            new M.ChartSeries("基本支出", [new(3100.20m, "3100.20", 82.83m), new(3309.25m, "3309.25", 87.69m)]),
            new M.ChartSeries("项目支出", [new(642.51m, "642.51", 17.17m), new(464.64m, "464.64", 12.31m)]),
        ],
        "图4：基本支出2022年3100.20万元、2023年3309.25万元；项目支出2022年642.51万元、2023年464.64万元。");

    public static IReadOnlyList<M.Chart> All() => [Pie(), Ring(), Bar(), StackedBar(), ManySlices(M.ChartKind.Pie), ManySlices(M.ChartKind.Ring)];

    /// <summary>A short document: a heading, text, then each chart followed by a sentence.</summary>
    public static M.Document Document() => new(SampleDocuments.Info, M.DocumentStyle.Default,
    [
        new M.Heading(1, "图解", "charts"),
        new M.Paragraph("以下为本部门预算的图解。"),
        .. All().SelectMany(chart => new M.Block[] { new M.ChartBlock(chart), new M.Paragraph("图后的说明文字。") }),
    ]);
}
