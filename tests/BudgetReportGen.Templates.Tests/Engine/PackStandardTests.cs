using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Tests.Engine;

/// <summary>What a pack decides, not the engine: number styles, the totals convention, captions, table units, output names, checks.</summary>
public class PackStandardTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 46140000m, new DateOnly(2023, 2, 10),
        [new("208", "甲", 0.004m, 0m, 0m), new("209", "乙", 0.004m, 0m, 0m), new("210", "丙", 0.004m, 0m, 0m)]);

    private static string Text(Document document) => string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => p.Text));

    [Fact]
    public void Number_styles_write_amounts_as_the_standard_does()
    {
        using var pack = new MiniPack(part: "# 说明\n\n{{ number total \"text\" }}；{{ number 8675000 \"text\" }}；{{ number 8390000 \"text\" }}；{{ number 0 \"text\" }}；{{ number total \"plain\" }}。\n\n<!-- table 1 -->\n",
            extraManifest: "amount_unit: 万元\nnumber_styles:\n  text: {thousands: true, trim: integer}\n  plain: {thousands: false, trim: integer}");
        var text = Text(TemplatePack.Load(pack.Folder).Render(Model, AmountUnit.Yuan));
        Assert.Contains("4,614；867.50；839；0；4614。", text);
    }

    [Fact]
    public void The_totals_convention_decides_whether_a_total_is_the_rounded_sum_or_the_sum_of_rounded_items()
    {
        const string part = "# 说明\n\n{{ table_amount (total_of rows \"basic\") }}\n\n<!-- table 1 -->\n";
        using var rounded = new MiniPack(part: part, extraManifest: "totals: rounded_sum");
        using var ofRounded = new MiniPack(part: part, extraManifest: "totals: sum_of_rounded");
        // Three items of 0.004 each print as 0.00 (blank); their exact sum 0.012 prints as 0.01.
        Assert.Contains("0.01", Text(TemplatePack.Load(rounded.Folder).Render(Model)));
        Assert.DoesNotContain("0.01", Text(TemplatePack.Load(ofRounded.Folder).Render(Model)));
    }

    [Fact]
    public void Captions_contents_labels_units_and_file_names_are_the_packs()
    {
        using var pack = new MiniPack(extraManifest: """
            output_name: "{{ name }}-{{ year }}年区级部门预算"
            """, table: """
            number: 1
            title: "{{ year }}年部门支出预算总表"
            caption_number: ""
            toc_label: "{{ number }}. {{ title }}"
            unit: 元
            columns:
              - {header: 科目名称, width: 30, value: row.name}
              - {header: 合计, width: 10, align: right, format: amount, value: row.basic}
            rows:
              - each: rows
            empty_remark: "注:本部门{{ year }}年无支出，故本表为空表。"
            """);
        var loaded = TemplatePack.Load(pack.Folder);
        var table = Assert.Single(loaded.Render(Model with { Rows = [new("208", "甲", 1.5m, 0m, 0m)] }).Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(("", "2023年部门支出预算总表", "1. 2023年部门支出预算总表"), (table.Caption.Number, table.Caption.Title, table.TocLabel));
        Assert.Equal("15,000.00", table.BodyRows[0].Cells[1].Text); // 1.5 万元 printed in the table's own unit, 元
        var empty = Assert.Single(loaded.Render(Model with { Rows = [] }).Blocks.OfType<TableBlock>()).Table;
        Assert.Equal("注:本部门2023年无支出，故本表为空表。", empty.Remark);
        Assert.Equal("示例中心-2023年区级部门预算", loaded.OutputName(Model));
    }

    [Theory]
    [InlineData("", new[] { "表1", "支出表" })]
    [InlineData("number_position: above\n", new[] { "表1", "支出表" })]
    [InlineData("number_position: below\n", new[] { "支出表", "表1" })]
    public void The_pack_says_whether_the_table_number_goes_above_or_below_the_title(string position, string[] lines)
    {
        using var pack = new MiniPack(table: position + """
            number: 1
            title: 支出表
            columns:
              - {header: 科目名称, width: 30, value: row.name}
            rows:
              - each: rows
            """);
        var table = Assert.Single(TemplatePack.Load(pack.Folder).Render(Model).Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(lines, table.Caption.Lines);
    }

    [Fact]
    public void A_wrong_number_position_is_a_pack_error_that_says_what_to_write()
    {
        using var pack = new MiniPack(extraManifest: "", table: """
            number: 1
            title: 支出表
            number_position: left
            columns:
              - {header: 科目名称, width: 30, value: row.name}
            rows:
              - each: rows
            """);
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.Contains("number_position 的值“left”无效，可用：above（表号在标题上方）、below（表号在标题下方）", error.Message);
    }

    [Fact]
    public void A_pack_declares_its_own_checks_and_notes_its_tables_in_the_engines_messages()
    {
        using var pack = new MiniPack(extraManifest: """
            checks:
              - id: total-positive
                value: total > 50000000
                field: total
                message: 总额应大于五千万元。
            rule_tables:
              balance.income-equals-expenditure: 见表1
            """);
        var loaded = TemplatePack.Load(pack.Folder);
        var unmet = Assert.Single(loaded.UnmetRequirements(Model));
        Assert.Equal(("pack.total-positive", "总额应大于五千万元。", "total"), (unmet.RuleId, unmet.Message, unmet.Field));
        Assert.Equal("见表1", loaded.RuleNote("balance.income-equals-expenditure"));
        Assert.Null(loaded.RuleNote("three-public.sum"));
    }
}
