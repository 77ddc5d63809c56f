using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class LineBreakerTests
{
    private static readonly TextMeasurer Measurer = new();
    private static readonly XFont Font = FontSet.For([]).Get(DocumentStyle.Default.Font(TextRole.Body), TextRole.Body);
    private static readonly LineBreaker Breaker = new(Measurer);
    private static double Em => Measurer.Width("中", Font);

    private static IReadOnlyList<Line> Break(string text, double chars, double firstChars = -1) =>
        Breaker.Break([new StyledText(text, Font)], (firstChars < 0 ? chars : firstChars) * Em + 0.1, chars * Em + 0.1);

    [Fact]
    public void Breaks_between_any_two_cjk_characters()
    {
        var lines = Break(new string('字', 25), 10);
        Assert.Equal([10, 10, 5], lines.Select(l => l.Text.Length));
    }

    [Theory]
    [InlineData('，'), InlineData('。'), InlineData('、'), InlineData('；'), InlineData('：'), InlineData('？'), InlineData('！'),
     InlineData('）'), InlineData('》'), InlineData('」'), InlineData('』'), InlineData('”'), InlineData('’'), InlineData('．'), InlineData('％'), InlineData('-')]
    public void Closing_punctuation_never_starts_a_line(char closing)
    {
        // Ten characters fill the line exactly; the punctuation would start line two if breaking ignored it.
        var lines = Break(new string('甲', 10) + closing + "乙丙丁", 10);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.False(CharClass.IsClosing(l.Text[0]), $"line starts with {l.Text[0]}: {l.Text}"));
        Assert.Equal(closing, lines[1].Text[1]); // the last character of line one moved down with it
    }

    [Theory]
    [InlineData('（'), InlineData('《'), InlineData('「'), InlineData('『'), InlineData('“'), InlineData('‘')]
    public void Opening_punctuation_never_ends_a_line(char opening)
    {
        var lines = Break(new string('甲', 9) + opening + "乙丙丁", 10);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.False(CharClass.IsOpening(l.Text[^1]), $"line ends with {l.Text[^1]}: {l.Text}"));
        Assert.Equal(opening, lines[1].Text[0]);
    }

    [Theory]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(11), InlineData(13)]
    public void Numbers_and_latin_words_are_never_split(int chars)
    {
        string[] tokens = ["3,773.89", "0.83%", "2023-12", "English", "words"];
        var text = "收支总预算3,773.89万元，增长0.83%，时限2023-12，English words 不拆分。";
        var lines = Break(text, chars);
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
        Assert.All(tokens, t => Assert.Contains(lines, l => l.Text.Contains(t)));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_split_rather_than_overflowing()
    {
        var lines = Break("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP", 4);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.NaturalWidth <= 4 * Em + 0.2));
    }

    [Fact]
    public void First_line_is_shorter_by_the_indent()
    {
        var lines = Break(new string('字', 30), 10, firstChars: 8);
        Assert.Equal([8, 10, 10, 2], lines.Select(l => l.Text.Length));
    }

    [Fact]
    public void Newline_forces_a_break_and_ends_a_justified_paragraph()
    {
        var lines = Break("第一条。\n第二条。", 20);
        Assert.Equal(["第一条。", "第二条。"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.EndsParagraph));
        var wrapped = Break(new string('字', 15), 10);
        Assert.False(wrapped[0].EndsParagraph);
        Assert.True(wrapped[1].EndsParagraph);
    }
}

/// <summary>The shared Chinese line rules (Documents.LineRules) and the PDF line breaker following them.</summary>
public class ChineseLineRuleTests
{
    private static readonly TextMeasurer Measurer = new();
    private static readonly XFont Font = FontSet.For([]).Get(DocumentStyle.Default.Font(TextRole.Body), TextRole.Body);
    private static readonly LineBreaker Breaker = new(Measurer);
    private static double Em => Measurer.Width("中", Font);

    private static IReadOnlyList<Line> Break(string text, double chars) =>
        Breaker.Break([new StyledText(text, Font)], chars * Em + 0.1, chars * Em + 0.1);

    [Theory]
    [InlineData("资金31.18万元。", "31.18万元")]
    [InlineData("资金336.12万元。", "336.12万元")]
    [InlineData("购置3台（套）。", "3台（套）")]
    [InlineData("车辆2辆。", "2辆")]
    [InlineData("完成率95%以上", "95%")]
    [InlineData("于2023年1月1日起", "2023年1月1日")]
    [InlineData("共1,234.56元", "1,234.56元")]
    public void A_number_and_its_unit_or_a_date_is_one_unbreakable_span(string text, string expected)
    {
        var spans = LineRules.NoBreakSpans(text);
        Assert.Contains(spans, s => text.Substring(s.Start, s.Length) == expected);
    }

    [Theory]
    [InlineData("31.18万元"), InlineData("336.12万元"), InlineData("3台（套）"), InlineData("12个"), InlineData("2辆"), InlineData("2023年12月31日")]
    public void No_line_breaks_inside_a_number_with_its_unit_or_a_date(string piece)
    {
        // Every place the piece could fall across a line end: it must always be whole on one line.
        for (var before = 0; before < 10; before++)
        {
            var text = new string('甲', before) + piece + "，其余文字照常排列。";
            var lines = Break(text, 10);
            Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
            Assert.Contains(lines, l => l.Text.Contains(piece));
        }
    }

    [Fact]
    public void Adjacent_full_width_marks_are_compressed()
    {
        var atoms = Breaker.Atomize([new StyledText("购置3台（套）。其余“（一）”", Font)]);
        Assert.Equal("购置3台（套）。其余“（一）”", string.Concat(atoms.Select(a => a.Text)));
        var close = atoms[6]; // "）" before "。"
        Assert.Equal("）", close.Text);
        Assert.True(close.Compressed);
        Assert.Equal(Em / 2, close.Width, 3);
        Assert.False(atoms[7].Compressed); // "。" before a character keeps its width
        Assert.False(atoms[4].Compressed); // "台（": nothing to compress
        var innerOpen = atoms[11]; // "（" after "“"
        Assert.Equal("（", innerOpen.Text);
        Assert.True(innerOpen.Compressed);
        Assert.Equal(-Em / 2, innerOpen.Offset, 3);
        Assert.True(atoms[13].Compressed); // "）" before "”"
    }

    [Fact]
    public void The_three_writers_share_one_punctuation_table()
    {
        Assert.Equal(LineRules.Closing, CharClass.Closing);
        Assert.Equal(LineRules.Opening, CharClass.Opening);
    }
}
