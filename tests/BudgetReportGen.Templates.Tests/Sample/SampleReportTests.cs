using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>The seed department's whole report, from its data file through the standard pack.</summary>
public class SampleReportTests
{
    private static string Golden => RepoFiles.PathOf("tests/BudgetReportGen.Templates.Tests/Golden/sample-report.txt");

    /// <summary>
    /// The visible text of the whole report, reviewed line by line against the seed: the file is the reviewable spec of the output.
    /// After an intended change, regenerate with UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [Fact]
    public void Visible_text_matches_the_reviewed_golden_file()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(Golden, SampleReport.Text);
        Assert.Equal(File.ReadAllText(Golden), SampleReport.Text);
    }

    [Fact]
    public void The_sample_validates_without_errors_or_warnings() =>
        Assert.Empty(SampleReport.Validation.Diagnostics);

    [Theory]
    [InlineData("一、收支预算的总体说明", "2023年收支总预算3773.89万元")]
    [InlineData("一、收支预算的总体说明", "1. 基本支出3066.38万元；")]
    [InlineData("一、收支预算的总体说明", "2. 项目支出707.51万元。")]
    [InlineData("一、收支预算的总体说明", "本部门收支预算3773.89万元，比上年增加31.18万元，增长0.83%。主要原因：事业单位基础绩效奖金的增加以及各类配缴项的增加。")]
    [InlineData("一、收支预算的总体说明", "机关运行经费支出276.40万元")]
    [InlineData("二、财政拨款收支预算情况说明", "本部门财政拨款收支预算3773.89万元，比上年增加31.18万元，增长0.83%。")]
    [InlineData("三、一般公共预算基本支出情况说明", "人员经费2789.98万元，包括工资福利支出2575.37万元、对个人和家庭的补助115.86万元，以及商品和服务支出中的其他交通费用98.75万元；")]
    [InlineData("三、一般公共预算基本支出情况说明", "公用经费276.40万元，包括商品和服务支出276.40万元（不含列入人员经费的其他交通费用98.75万元）；")]
    [InlineData("三、一般公共预算基本支出情况说明", "津贴补贴（含购房补贴、在职个人取暖费等）")]
    [InlineData("三、一般公共预算基本支出情况说明", "被装购置费、专用燃料费")]
    [InlineData("三、一般公共预算基本支出情况说明", "公用经费276.40万元")]
    [InlineData("四、“三公”经费预算情况说明", "“三公”经费预算数9万元，比2022年预算数增加0.5万元，增长5.88%。")]
    [InlineData("四、“三公”经费预算情况说明", "公务接待费1万元，比2022年预算数增加0.5万元，增长100.00%。")]
    [InlineData("四、“三公”经费预算情况说明", "因公出国（境）费0万元，与2022年预算数持平。")]
    [InlineData("四、“三公”经费预算情况说明", "公务用车运行费8万元，与2022年预算数持平。")]
    [InlineData("五、其他重要事项情况说明", "机关运行经费预算为276.40万元")]
    [InlineData("五、其他重要事项情况说明", "比2022年预算减少21.39万元，下降7.18%。")]
    [InlineData("五、其他重要事项情况说明", "涉及资金237.37万元")]
    [InlineData("五、其他重要事项情况说明", "截至2022年12月，本部门共有车辆4辆")]
    public void Every_corrected_figure_of_the_domain_appears(string section, string sentence) =>
        Assert.Contains(sentence, SampleReport.Section(section));

    [Fact]
    public void None_of_the_seeds_errors_appears()
    {
        var overview = SampleReport.Section("一、收支预算的总体说明");
        // Each 类 once, 卫生健康支出 not left out.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(overview, "社会保障和就业支出3323.72万元"));
        Assert.Contains("卫生健康支出114.05万元", overview);
        Assert.Contains("住房保障支出336.12万元", overview);
        // Percentages are computed, not copied: no 5.8%.
        Assert.DoesNotContain("5.8%", SampleReport.Text);
        // 人员经费 is described as what it really sums.
        Assert.DoesNotContain("工资福利支出与对个人和家庭补助支出之和", SampleReport.Text);
        // One name for the unit.
        Assert.DoesNotContain("退管中心", SampleReport.Text);
        // (六) names all five empty tables, 国有资本经营预算支出表 included, and counts them right.
        var empty = SampleReport.Section("（六）");
        Assert.Contains("“政府性基金预算支出表”、“国有资本经营预算支出表”、“债务支出预算表”、“政府采购支出预算表”、“政府购买服务支出预算表”五张表中没有数据", empty);
    }

    [Fact]
    public void Empty_tables_are_those_without_data_and_only_they_carry_the_remark()
    {
        var tables = SampleReport.Document.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal(19, tables.Count);
        Assert.Equal(Enumerable.Range(1, 19).Select(n => $"表{n}"), tables.Select(t => t.Caption.Number));
        var empty = tables.Where(t => t.IsEmpty).Select(t => int.Parse(t.Caption.Number[1..])).ToList();
        Assert.Equal([8, 9, 14, 15, 16], empty); // the five tables the seed names as empty
        Assert.All(tables, t => Assert.Equal(t.IsEmpty, t.Remark is not null));
    }

    [Fact]
    public void Tables_agree_with_each_other()
    {
        string Cell(int table, int row, int column) => SampleReport.Table(table).BodyRows[row].Cells[column].Text;
        // 表1 支出总计 = 表3 合计 = 表11 合计; 收入合计 = 支出总计.
        var table1 = SampleReport.Table(1).BodyRows;
        Assert.Equal("3,773.89", table1[^1].Cells[1].Text);
        Assert.Equal("3,773.89", table1[^1].Cells[3].Text);
        Assert.Equal(Cell(3, 0, 2), table1[^1].Cells[3].Text);
        Assert.Equal(Cell(11, 0, 2), Cell(3, 0, 2));
        // 表5 (all general public budget here) = 表3; 表6 合计 = 表5 基本支出, its 人员经费/公用经费 = 表5's.
        Assert.Equal(["3,773.89", "3,066.38", "2,789.98", "276.40", "707.51"], SampleReport.Table(5).BodyRows[0].Cells.Skip(2).Select(c => c.Text));
        Assert.Equal([Cell(5, 0, 3), Cell(5, 0, 4), Cell(5, 0, 5)], [Cell(6, 0, 2), Cell(6, 0, 3), Cell(6, 0, 4)]);
        // 表7: 9 = 0 + 8 + 1; 表10 总计 = 项目支出 = 表19 总计.
        Assert.Equal(["9.00", "", "8.00", "", "8.00", "1.00"], SampleReport.Table(7).BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal("707.51", Cell(10, 0, 2));
        Assert.Equal("707.51", Cell(19, 0, 1));
        // 表17 task amounts (2265.62 + 524.36 + 275.40 + 1.00 = 3066.38 = 基本支出).
        Assert.Equal(["2,265.62", "524.36", "275.40", "1.00"],
            SampleReport.Table(17).BodyRows.Skip(2).Take(4).Select(r => r.Cells[^1].Text));
    }

    [Fact]
    public void Wide_tables_go_on_landscape_pages()
    {
        int[] landscape = [2, 10, 14, 15, 16];
        foreach (var n in Enumerable.Range(1, 19))
            Assert.Equal(landscape.Contains(n) ? PageOrientation.Landscape : PageOrientation.Portrait, SampleReport.Table(n).Orientation);
    }

    [Fact]
    public void Performance_tables_merge_indicator_cells_down()
    {
        var table17 = SampleReport.Table(17);
        TableGrid.Place([.. table17.BodyRows], table17.Columns.Count);
        Assert.Contains(table17.BodyRows.SelectMany(r => r.Cells), c => c.Text == "年度绩效指标" && c.RowSpan > 5);
        Assert.Contains(table17.BodyRows.SelectMany(r => r.Cells), c => c.Text == "履职效能" && c.RowSpan > 1);
        var table18 = SampleReport.Table(18);
        TableGrid.Place([.. table18.BodyRows], table18.Columns.Count);
        Assert.Equal(4, table18.BodyRows.SelectMany(r => r.Cells).Count(c => c.Text == "项目（政策）名称"));
    }

    [Fact]
    public void Every_table_asks_for_a_continued_mark_with_its_number()
    {
        // pack.yaml's table_defaults.continued: "续表{{ number }}" (the PDF prints it over the header of each later page).
        for (var n = 1; n <= 19; n++) Assert.Equal($"续表{n}", SampleReport.Table(n).Caption.Continued);
    }
}
