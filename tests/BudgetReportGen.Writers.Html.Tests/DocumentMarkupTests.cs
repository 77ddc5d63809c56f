using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

public class DocumentMarkupTests
{
    private static readonly string SampleText = Html.Render(SampleDocuments.AllBlocks());
    private static readonly System.Xml.Linq.XDocument Sample = Html.Parse(SampleText);

    [Fact]
    public void Head_carries_language_title_and_metadata_from_the_document_info()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", SampleText);
        var head = Sample.Root!.Element("head")!;
        Assert.Equal("2023 年部门预算公开报告", head.Element("title")!.Value);
        string? Meta(string name) => (string?)head.Elements("meta").SingleOrDefault(m => (string?)m.Attribute("name") == name)?.Attribute("content");
        Assert.Equal("部门预算公开", Meta("description"));
        Assert.Equal("示例单位", Meta("author"));
        Assert.Equal("2023-02-10", Meta("date"));
        Assert.StartsWith("width=device-width", Meta("viewport"));
        Assert.Equal("utf-8", (string?)head.Elements("meta").First().Attribute("charset"));
    }

    [Fact]
    public void Language_comes_from_the_document_info()
    {
        var document = SampleDocuments.AllBlocks() with { Info = SampleDocuments.Info with { Language = "zh-Hans-CN" } };
        Assert.Equal("zh-Hans-CN", (string?)Html.RenderAndParse(document).Root!.Attribute("lang"));
    }

    [Fact]
    public void Cover_is_a_header_with_the_title_and_the_issuer_lines()
    {
        var cover = Sample.Descendants("header").Single();
        Assert.True(cover.HasClass("cover"));
        Assert.Equal(["2023 年部门预算公开报告", "鞍山市示例事业服务中心", "（鞍山市示例综合行政执法队）"], cover.Elements("p").Select(p => p.Value));
    }

    [Fact]
    public void Contents_links_every_collected_entry_to_an_existing_id()
    {
        var nav = Sample.Descendants("nav").Single();
        var links = nav.Descendants("a").ToList();
        var expected = Toc.Collect(SampleDocuments.AllBlocks(), 2);
        Assert.Equal(expected.Select(e => e.Text), links.Select(a => a.Elements("span").Single(s => s.HasClass("toc-text")).Value));
        Assert.Equal(expected.Select(e => "#" + e.Anchor), links.Select(a => (string?)a.Attribute("href")));
        var ids = Sample.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(links, a => Assert.Contains(((string)a.Attribute("href")!)[1..], ids));
        Assert.Equal(expected.Select(e => "toc-level-" + e.Level), links.Select(a => (string?)a.Parent!.Attribute("class")));
        Assert.Equal("目  录", nav.Elements("p").Single().Value);
    }

    [Fact]
    public void Headings_are_h1_to_h4_with_their_anchor_as_id()
    {
        var headings = Sample.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "h4")
            .Select(h => (h.Name.LocalName, (string?)h.Attribute("id"), h.Value)).ToList();
        Assert.Equal(
            [("h1", "part-1", "第一部分 部门概况"), ("h2", "part-1-1", "一、部门职责"), ("h3", "part-1-1-1", "（一）收入预算"),
             ("h4", "part-1-1-1-1", "1. 细项"), ("h1", "part-2", "第二部分 部门预算表"), ("h1", "part-3", "第三部分 名词解释")],
            headings);
    }

    [Fact]
    public void Paragraphs_carry_indent_alignment_and_bold_runs()
    {
        var paragraphs = Sample.Descendants("main").Single().Elements("p").ToList();
        var first = paragraphs.First(p => p.Value.StartsWith("按照综合预算", StringComparison.Ordinal));
        Assert.Equal("indent", (string?)first.Attribute("class"));
        var centered = paragraphs.Single(p => p.Value == "居中的一行");
        Assert.Equal("align-center keep", (string?)centered.Attribute("class")); // one line: kept on a page
        var mixed = paragraphs.Single(p => p.Value.StartsWith("加粗文字", StringComparison.Ordinal));
        Assert.Equal("加粗文字", mixed.Element("strong")!.Value);
        Assert.Contains(".indent,.list>li{text-indent:31.586pt}", Sample.Css()); // two cells of the character grid
    }

    [Fact]
    public void Paragraph_role_other_than_body_gets_the_role_class()
    {
        var document = new Document(SampleDocuments.Info, DocumentStyle.Default, [new Paragraph("说明", Alignment.Left, false, TextRole.Remark)]);
        var p = Html.RenderAndParse(document).Descendants("p").Single();
        Assert.Equal("role-remark align-left keep", (string?)p.Attribute("class"));
    }

    [Fact]
    public void List_prints_the_given_markers_exactly()
    {
        var list = Sample.Descendants("ol").Single(l => l.HasClass("list"));
        Assert.Equal(["1.", "2."], list.Elements("li").Select(li => li.Element("span")!.Value));
        Assert.Equal("1.一般公共预算拨款收入 3773.89 万元；", list.Elements("li").First().Value);
        Assert.Contains(".list{list-style:none}", Sample.Css());

        var bullets = new Document(SampleDocuments.Info, DocumentStyle.Default, [new ListBlock([new ListItem("•", [new TextRun("甲")])])]);
        Assert.Single(Html.RenderAndParse(bullets).Descendants("ul"));
    }

    [Fact]
    public void Page_breaks_and_remarks_are_marked_for_print()
    {
        var main = Sample.Descendants("main").Single();
        Assert.Equal(2, main.Elements("div").Count(d => d.HasClass("page-break")));
        Assert.Equal("备注：本表数据为示例。", main.Elements("p").Single(p => p.HasClass("remark")).Value);
        var css = Sample.Css();
        // The break is on the block after the marker: a marker page of its own would leave a blank page before a landscape table.
        Assert.Contains(".page-break{display:none}.page-break+*{break-before:page", css);
        Assert.DoesNotContain(".page-break{break-before", css, StringComparison.Ordinal);
        Assert.Contains(".cover{page:cover;", css);
        Assert.Contains("break-after:page", css);
        Assert.Contains("h1,h2,h3,h4{break-after:avoid", css);
    }

    [Fact]
    public void Punctuation_shared_with_latin_fonts_is_set_in_the_chinese_font()
    {
        var document = SampleDocuments.AllBlocks() with
        {
            Info = SampleDocuments.Info with { Title = "“三公”经费" },
            Blocks =
            [
                new Heading(2, "四、“三公”经费预算情况说明", "sec-4"),
                new Paragraph("因公出国（境）费——0 万元……‘引号’，English \"quotes\" stay."),
            ],
        };
        var text = Html.Render(document);
        // "、“": the comma before the opening quote is set half-width (the shared rule, as in PDF and Word).
        Assert.Contains("<h2 id=\"sec-4\">四<span class=\"h\">、</span><span class=\"cjk\">“</span>三公<span class=\"cjk\">”</span>经费预算情况说明</h2>", text);
        Assert.Contains("费<span class=\"cjk\">——</span><span class=\"nb\">0 万元</span><span class=\"cjk\">……‘</span>引号<span class=\"h\"><span class=\"cjk\">’</span></span>，English &quot;quotes&quot; stay.", text);
        Assert.Contains("<title>“三公”经费</title>", text); // not shown, so not marked up
        var css = Html.Parse(text).Css();
        Assert.Contains(".cjk{font-family:var(--cjk);line-height:0}", css); // its face's metrics do not make the line taller
        Assert.Contains("h2,.role-heading2{font-family:\"Times New Roman\", \"黑体\"", css);
        Assert.Contains("--cjk:\"黑体\", \"SimHei\", \"WenQuanYi Micro Hei\", sans-serif;", css);
    }

    [Fact]
    public void Adjacent_full_width_marks_are_set_half_width_by_the_shared_rule_and_a_paragraphs_opening_bracket_is_not()
    {
        var html = Html.Render(SampleDocuments.AllBlocks() with
        {
            Blocks = [new Paragraph("（一）“政府采购支出预算表”、“部门管理专项资金预算表”两张表（含附表）。")],
        });
        // "）“" and "”、“": each closing mark before another mark loses its blank right half; the paragraph's first "（" keeps its
        // full width (no compression at the start of a paragraph, so "（一）" does not hang left of the indent).
        Assert.Contains("<p class=\"indent keep\">（一<span class=\"h\">）</span><span class=\"cjk\">“</span>政府采购支出预算表<span class=\"h\"><span class=\"cjk\">”</span></span>"
            + "<span class=\"h\">、</span><span class=\"cjk\">“</span>部门管理专项资金预算表<span class=\"cjk\">”</span>两张表（含附表<span class=\"h\">）</span>。</p>", html);
    }

    [Fact]
    public void A_number_with_its_unit_and_a_date_are_kept_on_one_line()
    {
        var html = Html.Render(SampleDocuments.AllBlocks() with
        {
            Blocks = [new Paragraph("比上年增加336.12万元，购置3台（套），自2023年1月1日起；共1,234.56。")],
        });
        Assert.Contains("<span class=\"nb\">336.12万元</span>", html);
        Assert.Contains("<span class=\"nb\">3台（套<span class=\"h\">）</span></span>", html); // "），": the bracket set half-width
        Assert.Contains("<span class=\"nb\">2023年1月1日</span>", html);
        Assert.DoesNotContain("<span class=\"nb\">1,234.56</span>", html); // a bare number is one word already
        Assert.Contains(".nb{white-space:nowrap}", html);
    }
}
