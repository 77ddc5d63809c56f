using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Markdown;

namespace BudgetReportGen.Templates.Tests.Engine;

public class MarkdownTests
{
    private static List<Block> Convert(string markdown) =>
        new MarkdownConverter("t.md", n => new Remark($"table {n}"), () => new Remark("toc"), text => new Remark("chart " + text), new AnchorAllocator()).Convert(markdown).ToList();

    [Fact]
    public void Headings_get_levels_and_unique_anchors()
    {
        var blocks = Convert("# 第一部分\n\n## 一、职责 {#duties}\n\n### （一）收入\n\n## 二、机构\n");
        var headings = blocks.Cast<Heading>().ToList();
        Assert.Equal([1, 2, 3, 2], headings.Select(h => h.Level));
        Assert.Equal("一、职责", headings[1].Text);
        Assert.Equal("duties", headings[1].Anchor);
        Assert.Equal(4, headings.Select(h => h.Anchor).Distinct().Count());
    }

    [Fact]
    public void Paragraph_classes_set_alignment_and_indent()
    {
        var blocks = Convert("居中 {.center}\n\n正文\n\n不缩进 {.noindent}\n").Cast<Paragraph>().ToList();
        Assert.Equal((Alignment.Center, false, "居中"), (blocks[0].Alignment, blocks[0].FirstLineIndent, blocks[0].Text));
        Assert.Equal((Alignment.Justify, true), (blocks[1].Alignment, blocks[1].FirstLineIndent));
        Assert.False(blocks[2].FirstLineIndent);
    }

    [Fact]
    public void Soft_line_breaks_join_chinese_lines_and_bold_is_kept()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert("第一行\n第二行**加粗**")));
        Assert.Equal("第一行第二行加粗", paragraph.Text);
        Assert.True(paragraph.Inlines.OfType<TextRun>().Last().Bold);
    }

    [Fact]
    public void Ordered_lists_carry_their_numbers_as_markers()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Convert("1. 甲\n2. 乙\n3. 丙\n")));
        Assert.Equal(["1.", "2.", "3."], list.Items.Select(i => i.Marker));
        Assert.Equal("乙", list.Items[1].Text);
    }

    [Fact]
    public void Directives_become_tables_page_breaks_and_quotes_remarks()
    {
        var blocks = Convert("<!-- table 7 -->\n\n<!-- pagebreak -->\n\n> 备注：说明\n");
        Assert.Equal("table 7", Assert.IsType<Remark>(blocks[0]).Text);
        Assert.IsType<PageBreak>(blocks[1]);
        Assert.Equal("备注：说明", Assert.IsType<Remark>(blocks[2]).Text);
    }

    [Fact]
    public void Unknown_directive_is_refused()
    {
        var error = Assert.Throws<TemplateException>(() => Convert("<!-- tabel 7 -->\n"));
        Assert.Contains("未知指令", error.Message);
    }
}
