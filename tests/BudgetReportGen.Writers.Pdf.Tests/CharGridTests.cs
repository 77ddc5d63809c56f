using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>The body on the official page's character grid (GB/T 9704: 156 mm, 16 pt, 28 characters a line), and the indent of "（一）".</summary>
public class CharGridTests
{
    private static readonly DocumentStyle Style = DocumentStyle.Default;
    private static readonly TextFormats Formats = new(Style, FontSet.For([]));
    private static readonly LineBreaker Breaker = new(new TextMeasurer());
    private static double TextWidth => Style.Page.Box(PageOrientation.Portrait).TextWidthPt;

    [Fact]
    public void The_official_page_has_a_grid_of_28_characters_in_its_156_mm()
    {
        var box = Style.Page.Box(PageOrientation.Portrait);
        Assert.Equal(156 * 72 / 25.4, box.TextWidthPt, 6);
        Assert.Equal(box.TextWidthPt / 28, box.CharPitchPt, 9);
        Assert.True(Style.OnCharGrid(TextRole.Body));
        Assert.False(Style.OnCharGrid(TextRole.TableBody)); // 9 pt cells keep their own size
        Assert.Equal(box.CharPitchPt - 16, Style.CharTrackingPt(Style.Font(TextRole.Body)), 9);
        Assert.Equal(0, Style.CharTrackingPt(Style.Font(TextRole.TableBody)));
    }

    [Fact]
    public void A_body_line_holds_exactly_28_characters()
    {
        var run = Formats.For(TextRole.Body).Run(new string('字', 60));
        var lines = Breaker.Break([run], TextWidth, TextWidth);
        Assert.Equal([28, 28, 4], lines.Select(l => l.Text.Length));
        Assert.Equal(TextWidth, lines[0].NaturalWidth, 3); // 28 cells fill the text width exactly
    }

    [Fact]
    public void An_indented_first_line_holds_26_and_the_rest_28()
    {
        var format = Formats.For(TextRole.Body);
        var indent = Style.FirstLineIndentChars * format.CharAdvance;
        var lines = Breaker.Break([format.Run(new string('字', 58))], TextWidth - indent, TextWidth);
        Assert.Equal([26, 28, 4], lines.Select(l => l.Text.Length));
    }

    [Fact]
    public void Without_a_grid_the_same_line_holds_27()
    {
        var plain = Style with { Page = Style.Page with { CharsPerLine = 0 } };
        var run = new TextFormats(plain, FontSet.For([])).For(TextRole.Body).Run(new string('字', 60));
        Assert.Equal(27, Breaker.Break([run], TextWidth, TextWidth)[0].Text.Length);
    }

    [Fact]
    public void The_written_pdf_sets_28_characters_on_each_full_body_line()
    {
        var document = TestDocuments.With(new Paragraph(new string('国', 60), FirstLineIndent: false));
        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(document));
        var letters = pdf.GetPages().First().Letters.Where(l => l.Value == "国").ToList();
        var perLine = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Select(g => g.Count());
        Assert.Equal([28, 28, 4], perLine);
        var first = letters.Take(28).ToList();
        Assert.Equal(Style.Page.Box(PageOrientation.Portrait).CharPitchPt, first[1].StartBaseLine.X - first[0].StartBaseLine.X, 2);
    }

    [Theory]
    [InlineData("（一）制定本单位预决算信息公开的工作方案；")]
    [InlineData("（套）。开头的括号")]
    [InlineData("“（一）”")]
    public void An_opening_bracket_at_the_start_of_a_paragraph_keeps_its_full_width(string text)
    {
        // Set half-width at the start, "（一）" would hang left of the indent.
        var atoms = Breaker.Atomize([Formats.For(TextRole.Body).Run(text)]);
        Assert.False(atoms[0].Compressed);
        Assert.Equal(0, atoms[0].Offset);
        Assert.Equal(Formats.For(TextRole.Body).CharAdvance, atoms[0].Width, 6);
    }

    [Fact]
    public void A_list_item_marked_with_an_opening_bracket_starts_at_the_body_indent()
    {
        var document = TestDocuments.With(
            new Paragraph("第四条 部门负责本单位及所属单位的预决算信息公开工作。"),
            new ListBlock([new ListItem("（一）", [new TextRun("制定本单位及所属单位预决算信息公开的工作方案；")])]));
        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(document));
        var letters = pdf.GetPages().First().Letters;
        var bodyStart = letters.First(l => l.Value == "第").StartBaseLine.X;
        var bracket = letters.First(l => l.Value == "（").StartBaseLine.X;
        Assert.Equal(bodyStart, bracket, 1); // the bracket's glyph box starts at the indent, like the paragraph's first character
    }
}

/// <summary>The page box every writer takes its geometry from (<see cref="PageSetup.Box"/>).</summary>
public class PageBoxTests
{
    private const double PtPerMm = 72 / 25.4;

    [Fact]
    public void A_landscape_box_swaps_the_paper_and_keeps_the_margins_and_the_grid()
    {
        var portrait = PageSetup.A4Official.Box(PageOrientation.Portrait);
        var landscape = PageSetup.A4Official.Box(PageOrientation.Landscape);
        Assert.Equal(portrait.WidthPt, landscape.HeightPt);
        Assert.Equal(portrait.HeightPt, landscape.WidthPt);
        Assert.Equal(portrait.LeftPt, landscape.LeftPt);
        Assert.Equal((297 - 28 - 26) * PtPerMm, landscape.TextWidthPt, 6);
        Assert.Equal((210 - 37 - 35) * PtPerMm, landscape.TextHeightPt, 6);
        Assert.Equal(portrait.CharPitchPt, landscape.CharPitchPt);
    }

    [Fact]
    public void The_page_number_line_starts_7_mm_below_the_text_area()
    {
        var box = PageSetup.A4Official.Box(PageOrientation.Portrait);
        Assert.Equal((297 - 35 + 7) * PtPerMm, box.FooterTopPt, 6);
    }

    [Fact]
    public void Margins_that_leave_no_text_area_are_refused_in_chinese()
    {
        var error = Assert.Throws<DocumentWriteException>(() => new PageSetup(210, 297, 37, 35, 120, 100).Box(PageOrientation.Portrait));
        Assert.Contains("没有版心", error.Message);
    }

    [Fact]
    public void The_pdf_draws_the_page_number_where_the_box_puts_it()
    {
        var document = TestDocuments.With(new Paragraph("正文。"));
        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(document));
        var page = pdf.GetPages().First();
        var digit = page.Letters.First(l => l.Value == "1");
        var box = PageSetup.A4Official.Box(PageOrientation.Portrait);
        // PdfPig counts y from the bottom: the number's glyphs lie within the footer line that starts at FooterTopPt.
        var lineTopFromBottom = box.HeightPt - box.FooterTopPt;
        Assert.InRange(digit.BoundingBox.Top, lineTopFromBottom - 20, lineTopFromBottom + 0.5);
        Assert.True(digit.BoundingBox.Top < box.BottomPt - 7 * PtPerMm + 0.5);
    }
}

/// <summary>The shared line estimate (LineRules.CountLines, Word's page estimate) against the PDF's line breaker on the grid.</summary>
public class LineEstimateTests
{
    [Theory]
    [InlineData("2025年本部门政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元。")]
    [InlineData("截至2024年8月31日，上海市普陀区人民政府办公室无车辆；无单价100万元（含）以上设备（不含车辆）。")]
    [InlineData("按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目11个，涉及项目预算资金6626万元。")]
    [InlineData("第一条 为推进和规范预决算信息公开工作，强化社会监督，转变政府职能，建立透明预决算制度。")]
    public void The_estimate_counts_the_lines_the_pdf_sets(string text)
    {
        var style = DocumentStyle.Default;
        var format = new TextFormats(style, FontSet.For([])).For(TextRole.Body);
        var width = style.Page.Box(PageOrientation.Portrait).TextWidthPt;
        var indent = style.FirstLineIndentChars * format.CharAdvance;
        var pdfLines = new LineBreaker(new TextMeasurer()).Break([format.Run(text)], width - indent, width).Count;
        var narrow = (8 + style.CharTrackingPt(format.Spec)) / format.CharAdvance; // a digit: half an em plus the grid's spacing
        Assert.Equal(pdfLines, LineRules.CountLines(text, 28 - style.FirstLineIndentChars, 28, narrow));
        Assert.Equal(pdfLines, style.EstimateLines(format.Spec, text, style.FirstLineIndentChars, width));
    }
}
