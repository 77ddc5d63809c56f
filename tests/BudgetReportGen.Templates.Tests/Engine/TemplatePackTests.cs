using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Tests.Engine;

public class TemplatePackTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10),
        [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m), new("2080109", "社会保险经办机构", 0m, 0m, 464.64m)]);

    [Fact]
    public void Renders_cover_toc_headings_text_and_table()
    {
        using var pack = new MiniPack();
        var document = TemplatePack.Load(pack.Folder).Render(Model);

        Assert.Equal("示例中心报告", document.Info.Title);
        Assert.Equal(new DateOnly(2023, 2, 10), document.Info.Date);
        var cover = Assert.IsType<TitlePage>(document.Blocks[0]);
        Assert.Equal("2023 年部门预算公开报告", cover.Title);
        Assert.Equal(["示例中心"], cover.Lines);
        Assert.IsType<TableOfContents>(document.Blocks[1]);
        var heading = Assert.Single(document.Blocks.OfType<Heading>());
        Assert.Equal("第一部分 概况", heading.Text);
        Assert.Equal("本部门 示例中心 收入 3773.89 万元。", Assert.Single(document.Blocks.OfType<Paragraph>()).Text);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal("表1", table.Caption.Number);
        Assert.Equal("部门名称：示例中心", table.Caption.LeftNote);
        Assert.Equal("一、支出表", table.TocLabel);
        Assert.Equal(3, table.BodyRows.Count);
        Assert.Equal(["", "合计", "3,773.89", "", ""], table.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal(RowKind.Total, table.BodyRows[0].Kind);
        Assert.Equal(["2080109", "社会保险经办机构", "", "", "464.64"], table.BodyRows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Column_tree_becomes_merged_header_cells()
    {
        using var pack = new MiniPack();
        var table = Assert.Single(TemplatePack.Load(pack.Folder).Render(Model).Blocks.OfType<TableBlock>()).Table;

        Assert.Equal(2, table.HeaderRows.Count);
        var top = table.HeaderRows[0].Cells;
        Assert.Equal(["科目编码", "科目名称", "基本支出", "项目支出"], top.Select(c => c.Text));
        Assert.Equal([2, 2, 1, 2], top.Select(c => c.RowSpan));
        Assert.Equal([1, 1, 2, 1], top.Select(c => c.ColSpan));
        Assert.Equal(["小计", "人员经费"], table.HeaderRows[1].Cells.Select(c => c.Text));
        Assert.Equal(5, table.Columns.Count);
        Assert.Equal(CellAlignment.Right, table.Columns[2].Alignment);
        // The grid resolves: every row fills the five columns.
        TableGrid.Place([.. table.HeaderRows, .. table.BodyRows], table.Columns.Count);
    }

    [Fact]
    public void Empty_table_has_no_body_and_carries_its_remark()
    {
        using var pack = new MiniPack();
        var document = TemplatePack.Load(pack.Folder).Render(Model with { Rows = [] });
        var table = Assert.Single(document.Blocks.OfType<TableBlock>()).Table;
        Assert.True(table.IsEmpty);
        Assert.Equal("备注：此表为空表。", table.Remark);
    }

    [Fact]
    public void Data_text_is_escaped_not_markup()
    {
        using var pack = new MiniPack();
        var document = TemplatePack.Load(pack.Folder).Render(Model with { Name = "<script>alert(1)</script> **x** 1. [a](b)" });
        var paragraph = Assert.Single(document.Blocks.OfType<Paragraph>());
        Assert.Equal("本部门 <script>alert(1)</script> **x** 1. [a](b) 收入 3773.89 万元。", paragraph.Text);
        Assert.All(paragraph.Inlines.OfType<TextRun>(), r => Assert.False(r.Bold));
        Assert.Equal("部门名称：<script>alert(1)</script> **x** 1. [a](b)", Assert.Single(document.Blocks.OfType<TableBlock>()).Table.Caption.LeftNote);
    }

    [Fact]
    public void Unknown_variable_fails_with_file_line_and_column()
    {
        using var pack = new MiniPack(part: "# 标题\n\n第二段 {{ nmae }}。\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        var error = Assert.Throws<TemplateException>(() => loaded.Render(Model));
        Assert.EndsWith("part.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Contains("nmae", error.Message);
    }

    [Fact]
    public void Unknown_member_is_an_error_not_an_empty_string()
    {
        using var pack = new MiniPack(part: "正文 {{ rows[0].nmae }}\n\n<!-- table 1 -->\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("nmae", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Scriban_syntax_error_names_the_file_and_line_at_load()
    {
        using var pack = new MiniPack(part: "第一行\n\n{{ if }}\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.EndsWith("part.md", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Bad_table_spec_names_the_key_and_its_line()
    {
        using var pack = new MiniPack(table: "number: 1\ntitle: 表\ncolumns:\n  - {header: 甲, width: 10}\nrows:\n  - {cels: [\"'a'\"]}\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.EndsWith("table.yaml", error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains("cels", error.Message);
    }

    [Fact]
    public void Bad_expression_in_table_spec_names_its_position()
    {
        using var pack = new MiniPack(table: "number: 1\ntitle: 表\ncolumns:\n  - {header: 甲, width: 10, value: row.nope}\nrows:\n  - each: rows\n");
        var loaded = TemplatePack.Load(pack.Folder);
        var error = Assert.Throws<TemplateException>(() => loaded.Render(Model));
        Assert.Equal(4, error.Line);
        Assert.Contains("row.nope", error.Message);
    }

    [Fact]
    public void Raw_html_in_a_template_is_refused()
    {
        using var pack = new MiniPack(part: "<div>x</div>\n\n<!-- table 1 -->\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("不允许 HTML", error.Message);
    }

    [Fact]
    public void A_table_never_placed_is_an_error()
    {
        using var pack = new MiniPack(part: "# 只有标题\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("没有被任何部分放置", error.Message);
    }
}

public class TemplateFunctionEscapingTests
{
    [Fact]
    public void Values_written_inside_a_template_function_are_escaped_once()
    {
        var part = "{{ func phrase(x) }}收入 {{ money x }} 万元（{{ name }}）{{ end }}正文：{{ phrase total }}。\n\n<!-- table 1 -->\n";
        using var pack = new MiniPack(part: part);
        var model = new MiniModel("a.b<c>", 2023, 3773.89m, new DateOnly(2023, 2, 10), []);
        var document = BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder).Render(model);
        Assert.Equal("正文：收入 3773.89 万元（a.b<c>）。", Assert.Single(document.Blocks.OfType<BudgetReportGen.Documents.Paragraph>()).Text);
    }
}

public class TemplatePackFaultTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 1m, new DateOnly(2023, 2, 10), [new("208", "社会保障和就业支出", 1m, 1m, 0m)]);

    [Fact]
    public void A_page_number_format_without_its_placeholder_is_refused_at_load()
    {
        using var pack = new MiniPack();
        pack.Write("style.yaml", File.ReadAllText(Path.Combine(pack.Folder, "style.yaml")) + "\npage_number_format: \"第{页}\"\n");
        var error = Assert.Throws<TemplateException>(() => BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder));
        Assert.EndsWith("style.yaml", error.File);
        Assert.Contains("{0}", error.Message);
    }

    [Fact]
    public void Rows_that_do_not_fill_the_columns_name_the_table_spec()
    {
        using var pack = new MiniPack(table: "number: 1\ntitle: 表\ncolumns:\n  - {header: 甲, width: 10}\n  - {header: 乙, width: 10}\nrows:\n  - cells: [\"'a'\", \"'b'\", \"'c'\"]\n");
        var loaded = BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder);
        var error = Assert.Throws<TemplateException>(() => loaded.Render(Model));
        Assert.EndsWith("table.yaml", error.File);
        Assert.Contains("表1", error.Message);
    }

    [Fact]
    public void A_row_span_past_the_last_row_names_the_table_spec()
    {
        using var pack = new MiniPack(table: "number: 1\ntitle: 表\ncolumns:\n  - {header: 甲, width: 10}\n  - {header: 乙, width: 10}\nrows:\n  - cells: [{text: a, rowspan: 3}, \"'b'\"]\n");
        var loaded = BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder);
        Assert.Contains("表1", Assert.Throws<TemplateException>(() => loaded.Render(Model)).Message);
    }

    [Theory]
    [InlineData("  - {header: 甲, width: 0}")]
    [InlineData("  - {header: 甲, width: 10}\nrows:\n  - cells: [{text: a, colspan: 0}]")]
    public void Zero_widths_and_spans_are_refused_at_load(string columns)
    {
        var text = "number: 1\ntitle: 表\ncolumns:\n" + columns + (columns.Contains("rows:") ? "\n" : "\nrows:\n  - cells: [\"'a'\"]\n");
        using var pack = new MiniPack(table: text);
        var error = Assert.Throws<TemplateException>(() => BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder));
        Assert.EndsWith("table.yaml", error.File);
    }

    [Fact]
    public void A_full_width_digit_in_a_directive_is_an_unknown_directive_not_a_crash()
    {
        using var pack = new MiniPack(part: "<!-- table １ -->\n\n<!-- table 1 -->\n");
        var error = Assert.Throws<TemplateException>(() => BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("不允许 HTML", error.Message);
    }

    [Fact]
    public void Data_text_that_looks_like_markdown_stays_text()
    {
        using var pack = new MiniPack(part: "{{ name }}\n\n<!-- table 1 -->\n");
        var document = BudgetReportGen.Templates.Pack.TemplatePack.Load(pack.Folder).Render(Model with { Name = "    1) 负责（甲）工作" });
        Assert.Equal("1) 负责（甲）工作", Assert.Single(document.Blocks.OfType<BudgetReportGen.Documents.Paragraph>()).Text);
    }
}
