using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Tests.Engine;

/// <summary>The ```chart block of a part: what it draws, what it computes, and the pack errors of a bad spec.</summary>
public class ChartDirectiveTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10),
    [
        new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m),
        new("210", "卫生健康支出（含 a: b, [c] #d \"e\"）", 114.05m, 114.05m, 0m),
        new("221", "住房保障支出", 0m, 0m, 0m),
    ]);

    private const string Ring = """
        ```chart
        kind: ring
        title: 支出构成
        items:
        {{~ for r in rows }}
          - name: {{ r.name }}
            value: {{ r.basic + r.project }}
        {{~ end }}
        ```
        """;

    private static Document Render(string chart, MiniModel? model = null, string? manifest = null, AmountUnit unit = AmountUnit.TenThousandYuan)
    {
        using var pack = new MiniPack(part: "# 图解\n\n" + chart + "\n\n<!-- table 1 -->\n", extraManifest: manifest);
        return TemplatePack.Load(pack.Folder).Render(model ?? Model, unit);
    }

    private static TemplateException Fault(string chart)
    {
        using var pack = new MiniPack(part: "# 图解\n\n" + chart + "\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        return Assert.Throws<TemplateException>(() => loaded.Render(Model));
    }

    [Fact]
    public void A_ring_gets_exact_values_labels_shares_and_a_text_alternative_and_leaves_out_zero_slices()
    {
        var chart = Assert.Single(Render(Ring).Blocks.OfType<ChartBlock>()).Chart;
        Assert.Equal(ChartKind.Ring, chart.Kind);
        Assert.Equal("图1 支出构成", chart.Title);
        Assert.Equal(["社会保障和就业支出", "卫生健康支出（含 a: b, [c] #d \"e\"）"], chart.Categories);
        var points = chart.Series[0].Points;
        Assert.Equal([3323.72m, 114.05m], points.Select(p => p.Value));
        Assert.Equal([96.68m, 3.32m], points.Select(p => p.Share));
        Assert.Equal("3323.72万元，96.68%", points[0].Label);
        Assert.Equal("图1 支出构成：合计3437.77万元，其中社会保障和就业支出3323.72万元，占96.68%；卫生健康支出（含 a: b, [c] #d \"e\"）114.05万元，占3.32%。", chart.Description);
    }

    [Fact]
    public void Data_in_yuan_is_converted_to_the_packs_unit_exactly()
    {
        var model = Model with { Rows = [new("208", "社会保障和就业支出", 12345678.91m, 0m, 1m)] };
        var chart = Assert.Single(Render(Ring, model, unit: AmountUnit.Yuan).Blocks.OfType<ChartBlock>()).Chart;
        Assert.Equal(1234.567991m, chart.Series[0].Points[0].Value);
        Assert.Equal("1234.57万元，100.00%", chart.Series[0].Points[0].Label);
    }

    [Fact]
    public void A_stacked_bar_has_shares_of_each_category_and_labels_in_a_named_number_style()
    {
        var chart = Assert.Single(Render("""
            ```chart
            kind: stacked_bar
            title: 基本支出和项目支出
            number_style: text
            categories: [甲, 乙]
            series:
              - name: 基本支出
                values: [4614, 1]
              - name: 项目支出
                values: [1202.95, 2]
            ```
            """, manifest: "number_styles: {text: {thousands: true, decimals: 2, trim: integer}}").Blocks.OfType<ChartBlock>()).Chart;
        Assert.Equal(["4,614万元，79.32%", "1万元，33.33%"], chart.Series[0].Points.Select(p => p.Label));
        Assert.Equal(["1,202.95万元，20.68%", "2万元，66.67%"], chart.Series[1].Points.Select(p => p.Label));
        Assert.Contains("甲合计5,816.95万元，其中基本支出4,614万元（占79.32%）、项目支出1,202.95万元（占20.68%）", chart.Description);
        var single = Assert.Single(Render("```chart\nkind: stacked_bar\ntitle: 构成\ncategories: [甲, 乙]\nseries:\n  - name: 基本支出\n    values: [3, 0]\n  - name: 项目支出\n    values: [0, 0]\n```")
            .Blocks.OfType<ChartBlock>()).Chart;
        Assert.Equal("图1 构成：甲合计3.00万元，其中基本支出3.00万元（占100.00%）；乙合计0万元，其中基本支出0万元。", single.Description);
    }

    [Fact]
    public void Charts_are_numbered_in_order_and_what_cannot_be_drawn_becomes_a_sentence_without_a_number()
    {
        var zero = Model with { Rows = [new("221", "住房保障支出", 0m, 0m, 0m)] };
        var document = Render(Ring.Replace("支出构成", "甲") + "\n\n" + Ring.Replace("支出构成", "乙").Replace("rows", "[]") + "\n\n" + Ring.Replace("支出构成", "丙"));
        Assert.Equal(["图1 甲", "图2 丙"], document.Blocks.OfType<ChartBlock>().Select(c => c.Chart.Title));
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => p.Text == "乙：没有可以绘制的数据，不绘制此图。");
        var custom = Render(Ring.Replace("items:", "empty: 本年无支出预算。\nitems:"), zero);
        Assert.Empty(custom.Blocks.OfType<ChartBlock>());
        Assert.Contains(custom.Blocks.OfType<Paragraph>(), p => p.Text == "本年无支出预算。");
        var negative = Render("```chart\nkind: bar\ntitle: 比较\ncategories: [甲]\nseries:\n  - name: 本年\n    values: [-1]\n```");
        Assert.Empty(negative.Blocks.OfType<ChartBlock>());
    }

    [Theory]
    [InlineData("kind: donut\ntitle: x\nitems: []", 4, "图的种类“donut”无效")]
    [InlineData("kind: ring\nitems: []", 4, "缺少字段“title”")]
    [InlineData("kind: ring\ntitle: x\nitems:\n  - [甲, 十元]", 7, "“十元”不是金额")]
    [InlineData("kind: bar\ntitle: x\ncategories: [甲, 乙]\nseries:\n  - name: 本年\n    values: [1]", 8, "有 1 个值，应与 categories 一样为 2 个")]
    [InlineData("kind: ring\ntitle: x\ncolour: red\nitems: []", 6, "未知字段“colour”")]
    [InlineData("kind: ring\ntitle: x\nnumber_style: fancy\nitems: [[甲, 1]]", 4, "没有名为“fancy”的数字格式")]
    [InlineData("kind: ring\ntitle: [x\nitems: []", 4, "YAML 格式错误")]
    public void A_bad_spec_is_a_pack_error_in_chinese_with_its_line(string body, int line, string message)
    {
        var error = Fault("```chart\n" + body + "\n```");
        Assert.Contains(message, error.Reason);
        Assert.StartsWith("图（```chart）的定义有误", error.Reason);
        Assert.EndsWith("part.md", error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_fault_on_a_line_the_template_wrote_literally_names_the_line_of_the_source_not_of_the_rendered_text()
    {
        // The loop writes three paragraphs, so the rendered Markdown is longer than the source; the misspelt kind is on source line 8.
        var error = Fault("{{ for r in rows }}\n{{ r.name }}\n\n{{ end }}\n```chart\nkind: donut\ntitle: x\nitems: []\n```");
        Assert.Equal(8, error.Line);
        Assert.DoesNotContain("渲染后", error.Reason);
        var computed = Fault("```chart\nkind: ring\ntitle: x\nitems:\n{{ for r in rows }}  - [{{ r.name }}, x{{ r.basic }}]\n{{ end }}```");
        Assert.Contains("（行号为渲染后的 Markdown 中的行号）", computed.Reason);
    }

    [Fact]
    public void Options_default_from_the_manifest_and_can_be_switched()
    {
        const string manifest = "options: {图解: false}";
        var part = "{{ if options.图解 }}\n" + Ring + "\n{{ end }}";
        using var pack = new MiniPack(part: "# 图解\n\n" + part + "\n\n<!-- table 1 -->\n", extraManifest: manifest);
        var loaded = TemplatePack.Load(pack.Folder);
        Assert.Empty(loaded.Render(Model).Blocks.OfType<ChartBlock>());
        Assert.Single(loaded.WithOptions([new("图解", "true")]).Render(Model).Blocks.OfType<ChartBlock>());
        Assert.Empty(loaded.WithOptions([new("图解", "否")]).Render(Model).Blocks.OfType<ChartBlock>());
        Assert.False(loaded.Options["图解"]); // the loaded pack is unchanged
    }

    [Fact]
    public void Other_code_blocks_are_still_refused()
    {
        var error = Fault("```python\nprint(1)\n```");
        Assert.Contains("不支持的 Markdown 结构", error.Reason);
    }
}
