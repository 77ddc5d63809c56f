using BudgetReportGen.Documents;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Outline;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class DocumentFurnitureTests
{
    [Fact]
    public void Outline_lists_headings_and_tables_nested_by_level()
    {
        using var pdf = PdfTestSupport.Open(PdfTestSupport.AllBlocks);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["第一部分 部门概况", "第二部分 部门预算表", "第三部分 名词解释"], bookmarks.Roots.Select(b => b.Title));
        var part1 = bookmarks.Roots[0];
        var duties = Assert.Single(part1.Children);
        Assert.Equal("一、部门职责", duties.Title);
        var income = Assert.Single(duties.Children);
        Assert.Equal("（一）收入预算", income.Title);
        Assert.Equal("1. 细项", Assert.Single(income.Children).Title);
        Assert.Equal(["三、支出预算总表", "十、项目支出预算表", "八、政府性基金预算支出表", "十七、部门整体绩效目标表"],
            bookmarks.Roots[1].Children.Select(b => b.Title));
        var tableNode = (DocumentBookmarkNode)bookmarks.Roots[1].Children[1];
        Assert.Contains("表10", PdfTestSupport.Squeeze(pdf.GetPage(tableNode.PageNumber).Text));
        // The destination points at the table's caption: near the top of its (landscape) page, measured from the bottom.
        var caption = pdf.GetPage(tableNode.PageNumber).Letters.First(l => l.Value == "表");
        var top = tableNode.Destination.Coordinates.Top ?? 0;
        Assert.InRange(top - caption.BoundingBox.Top, 0, 30);
    }

    [Fact]
    public void Contents_show_the_printed_page_number_of_each_entry()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.AllBlocks);
        var toc = pages[1];
        (string Entry, string Marker)[] entries =
        [
            ("第一部分部门概况", "第一部分部门概况"), ("三、支出预算总表", "表3支出预算总表"),
            ("十、项目支出预算表", "表10项目支出预算表"), ("第三部分名词解释", "第三部分名词解释"),
        ];
        foreach (var (entry, marker) in entries)
        {
            var index = Enumerable.Range(2, pages.Count - 2).First(i => pages[i].Contains(marker));
            var printed = index - 1; // the cover and the contents have no number: the page after the contents is 1
            Assert.Matches(new Regex(Regex.Escape(entry) + "．+" + printed + @"(?!\d)"), toc);
            Assert.EndsWith($"—{printed}—", pages[index]);
        }
    }

    [Theory]
    [InlineData(20), InlineData(32)]
    public void Contents_of_up_to_thirty_two_entries_fit_one_page(int count)
    {
        // The real sample's contents list 32 entries; at the style's 24 pt they need more than a page (TocFit tightens them).
        Block[] parts = [.. Enumerable.Range(1, count).SelectMany(i => new Block[] { new PageBreak(), new Heading(2, $"第{i}节", $"s-{i}") })];
        var document = TestDocuments.With([new TableOfContents("目录", 2), .. parts]);
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.Write(document));
        Assert.Contains($"第{count}节．", pages[0]);
        Assert.StartsWith("第1节", pages[1]);
        var spacing = TocFit.EntryLineSpacingPt(document, (TableOfContents)document.Blocks[0]);
        Assert.InRange(spacing, DocumentStyle.Default.Font(TextRole.TocEntry).SizePt * TocFit.MinimumLeading, 24);
        Assert.Equal(count <= 20 ? 24 : spacing, spacing);
        Assert.True(count <= 20 || spacing < 24);
        // Far too many entries for one page keep the style's spacing and run on.
        Assert.Equal(24, TocFit.EntryLineSpacingPt(DocumentStyle.Default, 60));
    }

    [Fact]
    public void Contents_leader_dots_line_up_in_columns_and_end_before_the_number_column()
    {
        // Twelve one-page parts: the contents list one- and two-digit page numbers.
        Block[] parts = [.. Enumerable.Range(1, 12).SelectMany(i => new Block[] { new PageBreak(), new Heading(1, $"第{i}部分", $"part-{i}") })];
        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(TestDocuments.With([new TableOfContents("目录", 2), .. parts])));
        var letters = pdf.GetPage(1).Letters;
        var dots = letters.Where(l => l.Value == "．").ToList();
        var pitch = dots[1].StartBaseLine.X - dots[0].StartBaseLine.X;
        Assert.True(pitch > 1, $"dot pitch {pitch}");
        var origin = dots.Min(d => d.StartBaseLine.X);
        Assert.All(dots, d =>
        {
            var offset = (d.StartBaseLine.X - origin) / pitch;
            Assert.True(Math.Abs(offset - Math.Round(offset)) < 0.01, $"a dot off the grid at x={d.StartBaseLine.X}");
        });
        // Entries with one- and two-digit page numbers end their leaders within a dot of each other.
        var lastDots = dots.GroupBy(d => Math.Round(d.StartBaseLine.Y)).Select(g => g.Max(d => d.StartBaseLine.X)).ToList();
        Assert.True(lastDots.Count > 3);
        Assert.InRange(lastDots.Max() - lastDots.Min(), 0, pitch + 0.01);
    }

    [Fact]
    public void Front_matter_is_unnumbered_and_the_body_is_numbered_from_1_in_the_style_form()
    {
        var pages = PdfTestSupport.PageTexts(PdfTestSupport.AllBlocks);
        Assert.DoesNotContain("—", pages[0]); // the cover
        Assert.False(System.Text.RegularExpressions.Regex.IsMatch(pages[1], "—\\d+—$"), pages[1]); // the contents
        for (var i = 2; i < pages.Count; i++) Assert.EndsWith($"—{i - 1}—", pages[i]);
    }

    [Fact]
    public void Document_info_comes_from_the_document_not_the_clock()
    {
        using var pdf = PdfTestSupport.Open(PdfTestSupport.AllBlocks);
        var info = pdf.Information;
        Assert.Equal("2023 年部门预算公开报告", info.Title);
        Assert.Equal("示例单位", info.Author);
        Assert.Equal("部门预算公开", info.Subject);
        Assert.StartsWith("D:20230210000000", info.CreationDate);
        Assert.StartsWith("D:20230210000000", info.ModifiedDate);
    }

    [Fact]
    public void Copied_text_is_the_exact_chinese_text()
    {
        var all = string.Concat(PdfTestSupport.PageTexts(PdfTestSupport.AllBlocks));
        string[] expected =
        [
            "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，2023年收支总预算3773.89万元，比上年增加31.18万元，增长0.83%。",
            "主要原因：事业单位基础绩效奖金的增加以及各类配缴项的增加。",
            "1.一般公共预算拨款收入3773.89万元；",
            "加粗文字与普通文字，Englishwordsand3,773.89numbersneversplit.",
            "备注：此表为空表，本单位无政府性基金预算安排的支出。",
            "部门名称：鞍山市示例事业服务中心单位：万元",
            "1、贯彻执行国家及省、市有关政策规定。2、承担市直机关事业单位职业年金相关服务工作。",
            "2080199其他人力资源和社会保障管理事务支出2,309.432,303.932,027.53276.405.50",
        ];
        Assert.All(expected, e => Assert.Contains(e, all));
    }
}
