using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Every size, font and page measure comes from <see cref="Document.Style"/>.</summary>
public class StyleSheetTests
{
    private static string Css(DocumentStyle style) =>
        Html.RenderAndParse(SampleDocuments.AllBlocks() with { Style = style }).Css();

    [Fact]
    public void Fonts_sizes_and_line_heights_come_from_the_style()
    {
        var css = Css(DocumentStyle.Default);
        Assert.Contains("p, .list > li,.role-body{font-family:\"Times New Roman\", \"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"AR PL UMing CN\", serif;font-size:16pt;font-weight:normal;line-height:28.95pt;--cjk:\"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"AR PL UMing CN\", serif;text-align:justify;letter-spacing:-0.207pt;}", css);
        Assert.Contains("h1,.role-heading1{font-family:\"Times New Roman\", \"黑体\", \"SimHei\", \"WenQuanYi Micro Hei\", sans-serif;font-size:16pt;font-weight:normal;line-height:28.95pt;--cjk:\"黑体\", \"SimHei\", \"WenQuanYi Micro Hei\", sans-serif;text-align:center;margin-top:12pt;margin-bottom:12pt;letter-spacing:-0.207pt;}", css);
        Assert.Contains("td,.role-table-body{font-family:\"Times New Roman\", \"宋体\", \"SimSun\", \"AR PL UMing CN\", serif;font-size:9pt;", css);
        Assert.Contains(".cover-title,.role-title{font-family:\"Times New Roman\", \"方正小标宋简体\"", css);
    }

    [Fact]
    public void Body_text_is_set_on_the_character_grid_and_table_text_is_not()
    {
        var css = Css(DocumentStyle.Default);
        Assert.Contains(".indent,.list>li{text-indent:31.586pt}", css);
        Assert.Matches(@"td,\.role-table-body\{[^}]*letter-spacing:0pt;", css); // a 9 pt cell is off the grid
        Assert.Matches(@"\.remark,\.role-remark\{[^}]*letter-spacing:0pt;", css); // a remark is a p too: it must not inherit the grid
        // The browser's own trimming is off ("（一）" keeps its full width at the indent); adjacent marks are compressed by markup.
        Assert.Contains("h1,h2,h3,h4,p,li{text-spacing-trim:space-all}", css);
        Assert.Contains(".h{margin-right:-.5em}", css);
        var plain = Css(DocumentStyle.Default with { Page = PageSetup.A4Official with { CharsPerLine = 0 } });
        Assert.DoesNotContain("letter-spacing", plain);
        Assert.Contains(".indent,.list>li{text-indent:2em}", plain);
    }

    [Fact]
    public void The_page_number_line_sits_7_mm_below_the_text_area_as_in_pdf_and_word()
    {
        Assert.Matches(@"@page\{[^@]*@bottom-center\{[^}]*vertical-align:top;padding-top:7mm;", Css(DocumentStyle.Default));
    }

    [Fact]
    public void Left_aligned_headings_are_indented_like_body_text_and_centred_ones_are_not()
    {
        var css = Css(DocumentStyle.Default);
        // Two cells of the page's character grid (156 mm / 28 = 15.793 pt), as in PDF and Word.
        Assert.Contains("h2{text-indent:31.586pt}", css);
        Assert.Contains("h3{text-indent:31.586pt}", css);
        Assert.DoesNotContain("h1{text-indent", css);
    }

    [Fact]
    public void Changing_the_style_changes_the_css()
    {
        var fonts = new Dictionary<TextRole, FontSpec>(DocumentStyle.Default.Fonts)
        {
            [TextRole.Body] = new(["Noto Serif CJK SC"], 12.5, LineSpacingPt: 20, LatinFamily: "Georgia"),
            [TextRole.TableHeader] = new(["Source Han Sans"], 8, Bold: true),
        };
        var style = DocumentStyle.Default with
        {
            Fonts = fonts,
            Page = new PageSetup(182, 257, 20, 21, 22, 23),
            FirstLineIndentChars = 3,
        };
        var css = Css(style);
        Assert.Contains("body{margin:0;font-family:\"Georgia\", \"Noto Serif CJK SC\", serif;font-size:12.5pt;font-weight:normal;line-height:20pt;--cjk:\"Noto Serif CJK SC\", serif;}", css);
        Assert.Contains("th,.role-table-header{font-family:\"Times New Roman\", \"Source Han Sans\", sans-serif;font-size:8pt;font-weight:bold;line-height:normal;--cjk:\"Source Han Sans\", sans-serif;}", css);
        Assert.Contains("@page{size:182mm 257mm;margin:20mm 23mm 21mm 22mm;", css);
        Assert.Contains("@page landscape{size:257mm 182mm}", css);
        Assert.Contains("main{max-width:calc(137mm + 2 * var(--gutter))", css);
        Assert.Contains(".landscape table{min-width:212mm}", css);
        Assert.Contains("{text-indent:3em}", css);
        Assert.DoesNotContain("12.5pt;font-weight:normal;line-height:28.95pt", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_page_is_the_style_page_with_its_margins_and_page_number()
    {
        var css = Css(DocumentStyle.Default);
        Assert.Contains("@page{size:210mm 297mm;margin:37mm 26mm 35mm 28mm;@bottom-center{content:\"— \" counter(page) \" —\";", css);
        Assert.Contains("@page cover{counter-reset:page 0;@bottom-center{content:none}}", css); // front matter unnumbered
        Assert.Contains(".toc{page:cover}", css); // the contents are front matter too: the body starts at page 1
    }

    [Theory]
    [InlineData("第{0}页", "content:\"第\" counter(page) \"页\";")]
    [InlineData("{0}", "content:counter(page);")]
    [InlineData("- {0}", "content:\"- \" counter(page);")]
    public void Page_number_format_becomes_css_content(string format, string expected)
    {
        Assert.Contains(expected, Css(DocumentStyle.Default with { PageNumberFormat = format }));
    }

    [Fact]
    public void Phone_width_keeps_body_text_and_scrolls_tables()
    {
        var css = Css(DocumentStyle.Default);
        Assert.Contains("@media screen and (max-width:600px)", css);
        Assert.Contains("table{min-width:156mm}", css);
        Assert.Contains(".landscape table{min-width:243mm}", css);
        Assert.Contains(".table-scroll{overflow:visible}", css); // print: a scroll box would not split across pages
    }
}
