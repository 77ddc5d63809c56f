using BudgetReportGen.Core.Checks;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>
/// The second standard: the Shanghai district sample (上海市普陀区人民政府办公室 2025) through the shanghai-putuo-2025 pack
/// reproduces the published report's figures, every one computed from the data file. Where the published text is worded
/// differently, the test says why the tool's wording is kept.
/// </summary>
public class ShanghaiSampleTests
{
    private static readonly Lazy<(Validation Validation, Document Document)> Rendered = new(() =>
    {
        var generator = ReportGenerator.Load(RepoFiles.PathOf("templates/shanghai-putuo-2025"));
        var (validation, document) = generator.Render(RepoFiles.PathOf("data/examples/shanghai-putuo-government-office-2025.yaml"), new CheckOptions());
        return (validation, document ?? throw new InvalidOperationException(string.Join("; ", validation.Diagnostics.Select(d => d.Message))));
    });

    private static Document Document => Rendered.Value.Document;
    private static string Text => DocumentText.Of(Document);

    private static Table Table(string title) =>
        Document.Blocks.OfType<TableBlock>().Select(t => t.Table).Single(t => t.Caption.Title == title);

    private static IReadOnlyList<string> Row(Table table, string firstCells) =>
        table.BodyRows.Select(r => r.Cells.Select(c => c.Text).ToList()).Single(cells => string.Join("|", cells).StartsWith(firstCells, StringComparison.Ordinal));

    [Fact]
    public void The_sample_validates_cleanly_and_names_its_report_as_the_district_does()
    {
        Assert.Empty(Rendered.Value.Validation.Diagnostics);
        Assert.Equal("上海市普陀区人民政府办公室-2025年区级部门预算", Rendered.Value.Validation.OutputBaseName);
        var cover = Assert.IsType<TitlePage>(Document.Blocks[0]);
        Assert.Equal("上海市普陀区2025年区级部门预算", cover.Title);
        Assert.Equal(["预算主管部门：上海市普陀区人民政府办公室"], cover.Lines);
    }

    [Theory]
    // 四、部门预算编制说明: 9,101.68 万元 and its decrease of 2,389.52 万元 on 2024, computed from the 元 figures.
    [InlineData("2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。")]
    // The report writes “比2024年预算持平”; “与2024年预算持平” is the grammatical form it uses itself in 六、, kept throughout.
    [InlineData("一般公共预算拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元；政府性基金拨款支出预算0万元，与2024年预算持平；国有资本经营预算拨款支出预算0万元，与2024年预算持平。")]
    [InlineData("财政拨款收入支出减少的主要原因是项目调整。")]
    [InlineData("1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。")]
    [InlineData("2. “一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务”科目4,614万元，主要用于为行政单位未单独设置项级科目的其他项目支出。")]
    [InlineData("3. “一般公共服务支出-政府办公厅（室）及相关机构事务-事业运行”科目380.73万元")]
    [InlineData("4. “一般公共服务支出-政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务支出”科目2,012万元")]
    [InlineData("8. “社会保障和就业支出-行政事业单位养老支出-其他行政事业单位养老支出”科目1.48万元")]
    [InlineData("12. “住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于按房改政策规定，行政事业单位向符合条件职工发放的用于购买住房的补贴。")]
    // 二、机构设置, from the units of the department.
    [InlineData("上海市普陀区人民政府办公室部门预算是包括上海市普陀区人民政府办公室本部以及下属1家事业单位的综合收支计划。")]
    [InlineData("本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：")]
    [InlineData("2.下属事业单位上海市普陀区交流服务中心不单列预算，并入本部。")]
    // 六、其他相关情况说明: 867.50 keeps its decimals, 839 does not (the district's number style).
    [InlineData("2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：")]
    [InlineData("（一）因公出国（境）费839万元，与2024年预算持平。")]
    [InlineData("（三）公务接待费28.50万元，与2024年预算持平。")]
    [InlineData("2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预算为213.28万元。")]
    [InlineData("2025年本部门政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元。")]
    [InlineData("2025年本部门面向中小企业预留政府采购项目预算金额34万元，其中，预留给小型和微型企业的政府采购项目预算为34万元。")]
    [InlineData("本部门1个预算单位开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目11个，涉及项目预算资金6626万元。")]
    // The report lists eight vehicle kinds at 0辆; with none at all the tool says so in one phrase (no “0辆” lists).
    [InlineData("截至2024年8月31日，上海市普陀区人民政府办公室无车辆；无单价100万元（含）以上设备（不含车辆）。")]
    [InlineData("区政府督查及建议提案工作业务经费项目经费情况说明")]
    [InlineData("《区委、区政府2024年重点工作任务书》和《区政府2024年重点工作任务书》。")]
    public void The_narrative_states_the_published_figures(string sentence) => Assert.Contains(sentence, Text);

    [Fact]
    public void The_nine_tables_are_in_yuan_with_code_columns_and_the_published_totals()
    {
        var tables = Document.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal(9, tables.Count);
        Assert.All(tables, t => Assert.Equal("", t.Caption.Number)); // titles carry the year; no “表N” line
        Assert.All(tables, t => Assert.Equal("编制部门：上海市普陀区人民政府办公室", t.Caption.LeftNote));
        Assert.Equal(8, tables.Count(t => t.Caption.RightNote == "单位：元"));
        Assert.Equal("1. 2025年部门财务收支预算总表", tables[0].TocLabel);

        var summary = Table("2025年部门财务收支预算总表");
        Assert.Equal(["收入总计", "91,016,775.35", "支出总计", "91,016,775.35"], Row(summary, "收入总计").ToList());
        Assert.Equal(["一、财政拨款收入", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42"], Row(summary, "一、财政拨款收入"));
        Assert.Equal("3,609,125.22", Row(summary, "3. 国有资本经营预算")[3]);

        var expenditure = Table("2025年部门支出预算总表");
        Assert.Equal(["201", "03", "01", "行政运行", "12,029,501.84", "11,919,501.84", "110,000.00"], Row(expenditure, "201|03|01"));
        Assert.Equal(["合计", "91,016,775.35", "24,606,775.35", "66,410,000.00"], Row(expenditure, "合计"));

        var economic = Table("2025年部门一般公共预算基本支出部门预算经济分类预算表");
        Assert.Equal(["合计", "24,606,775.35", "22,473,997.81", "2,132,777.54"], Row(economic, "合计"));
        Assert.Equal(["302", "17", "公务接待费", "185,000.00", "", "185,000.00"], Row(economic, "302|17"));

        var threePublic = Table("2025年部门“三公”经费和机关运行经费预算表");
        Assert.Equal("单位:万元", threePublic.Caption.RightNote);
        Assert.Equal(["867.50", "839.00", "28.50", "", "", "", "213.28"], threePublic.BodyRows.Single().Cells.Select(c => c.Text));

        foreach (var (title, fund) in new[] { ("2025年部门政府性基金预算支出功能分类预算表", "政府性基金"), ("2025年部门国有资本经营预算支出功能分类预算表", "国有资本经营") })
        {
            var empty = Table(title);
            Assert.True(empty.IsEmpty);
            Assert.Equal($"注:本部门2025年无{fund}预算财政拨款安排的预算，故本表为空表。", empty.Remark);
        }
    }

    [Fact]
    public void Every_narrative_figure_is_computed_from_the_yuan_data()
    {
        var f = Rendered.Value.Validation.Figures!;
        Assert.Equal(91_016_775.35m, f.Total.Amount);
        Assert.Equal(-23_895_200.00m, f.FiscalTotal.Change.Change);            // printed as 减少2,389.52万元
        Assert.Equal(8_675_000.00m, f.ThreePublic.Total.Amount);                // 867.50 万元
        Assert.Equal(11, f.Coverage.ProjectsWithTargets);
        Assert.Equal(66_260_000.00m, f.Coverage.ProjectsWithTargetsAmount);     // 6626 万元
        Assert.Equal(f.EconomicBasicGeneralPublic.Sum.Public, f.OperatingCosts.Amount); // 机关运行经费 = 公用经费 (213.28 万元)
    }

    [Fact]
    public void Tables_carry_no_continued_mark_since_the_pack_asks_for_none()
    {
        Assert.All(Document.Blocks.OfType<TableBlock>(), t => Assert.Equal("", t.Table.Caption.Continued));
    }
}
