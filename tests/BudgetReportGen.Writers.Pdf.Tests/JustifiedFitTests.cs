using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// Justified paragraphs (JustifiedFit): a number with its unit pulled onto a line by compressing punctuation instead of
/// stretching the line, the stretch shared with the line before, and what must not change: no line wider than its
/// measure, 28 characters on the grid, the line-start and line-end rules, the number of lines.
/// </summary>
public class JustifiedFitTests
{
    private static readonly TextMeasurer Measurer = new();
    private static readonly XFont Font = FontSet.For([]).Get(DocumentStyle.Default.Font(TextRole.Body), TextRole.Body);
    private static readonly LineBreaker Breaker = new(Measurer);
    private static double Em => Measurer.Width("中", Font);

    private static IReadOnlyList<Line> Break(string text, double chars, bool justified, double firstChars = -1) =>
        Breaker.Break([new StyledText(text, Font)], (firstChars < 0 ? chars : firstChars) * Em, chars * Em, justified);

    /// <summary>Ideographs, then two commas, then as many ideographs as make "12万元" overflow a 10-em line by less than the commas can give.</summary>
    private static string PunctuatedLineThenNumber()
    {
        var word = Measurer.Width("12", Font) / Em + 2;
        var fill = (int)Math.Floor(5 - word); // 6 + fill + word lies in (10, 11]: one em too wide, two commas give one
        return "甲乙，丙丁，" + new string('戊', fill) + "12万元后面的文字照常排列完毕。";
    }

    [Fact]
    public void A_number_with_its_unit_is_pulled_onto_the_line_by_compressing_its_punctuation()
    {
        var text = PunctuatedLineThenNumber();
        var greedy = Break(text, 10, justified: false);
        Assert.StartsWith("12万元", greedy[1].Text); // filled greedily, the line before is stretched by several ems
        Assert.True(10 * Em - greedy[0].NaturalWidth > 1.5 * Em);

        var fitted = Break(text, 10, justified: true);
        Assert.EndsWith("12万元", fitted[0].Text);
        Assert.Equal(10 * Em, fitted[0].NaturalWidth, 2); // filled exactly: nothing to stretch
        var commas = fitted[0].Atoms.Where(a => a.Text == "，").ToList();
        Assert.Equal(2, commas.Count);
        Assert.All(commas, c => Assert.True(c.Compressed && c.Width >= Em / 2 - 0.01 && c.Width < Em, $"comma {c.Width} wide"));
        Assert.All(fitted[0].Atoms.Where(a => a.Text != "，"), a => Assert.False(a.Compressed));
        Assert.Equal(greedy.Count, fitted.Count);
        Assert.Equal(text, string.Concat(fitted.Select(l => l.Text)));
    }

    [Fact]
    public void Closing_marks_give_their_width_before_opening_marks()
    {
        // One em too wide; "，" and "）" can give one em between them, so "（" keeps its width.
        var word = Measurer.Width("12", Font) / Em + 2;
        var fill = (int)Math.Floor(6 - word);
        var text = "甲（乙），" + new string('丙', fill) + "12万元后面的文字照常排列。";
        var line = Break(text, 10, justified: true)[0];
        Assert.EndsWith("12万元", line.Text);
        Assert.Equal(Em, line.Atoms.Single(a => a.Text == "（").Width, 3);
        Assert.All(line.Atoms.Where(a => a.Text is "）" or "，"), a => Assert.Equal(Em / 2, a.Width, 2));
    }

    [Fact]
    public void Without_punctuation_to_compress_the_stretch_is_shared_with_the_line_before()
    {
        // Line two holds six characters and then cannot take the 5.5-em number: alone it would be stretched by 4 ems.
        var text = new string('甲', 10) + "子丑寅卯辰巳" + "1234.56万元" + "后面还有文字。";
        var greedy = Break(text, 10, justified: false);
        var fitted = Break(text, 10, justified: true);
        Assert.Equal(greedy.Count, fitted.Count);
        static double Loosest(IEnumerable<Line> lines) => lines.Where(l => !l.EndsParagraph).Max(l => 10 * Em - l.NaturalWidth);
        Assert.True(Loosest(fitted) < Loosest(greedy) - Em, $"loosest line {Loosest(fitted) / Em:0.00} em, filled greedily {Loosest(greedy) / Em:0.00} em");
        Assert.Contains(fitted, l => l.Text.StartsWith("1234.56万元"));
        Assert.Equal(text, string.Concat(fitted.Select(l => l.Text)));
    }

    [Fact]
    public void The_opening_bracket_that_starts_a_paragraph_keeps_its_width()
    {
        var word = Measurer.Width("123", Font) / Em + 2;
        var fill = (int)Math.Floor(5.5 - word); // half an em too wide: the first "（" could give it, "）" gives it instead
        var text = "（一）" + new string('甲', fill) + "123万元后面的文字照常排列。";
        var line = Break(text, 10, justified: true, firstChars: 8)[0];
        Assert.EndsWith("123万元", line.Text);
        Assert.Equal(Em, line.Atoms[0].Width, 3);
        Assert.Equal(0, line.Atoms[0].Offset);
    }

    [Theory]
    [InlineData(8), InlineData(10), InlineData(13), InlineData(17), InlineData(28)]
    public void No_line_overflows_and_the_line_rules_hold(int chars)
    {
        var changed = 0;
        foreach (var text in Paragraphs())
        {
            var greedy = Break(text, chars, justified: false, firstChars: chars - 2);
            var fitted = Break(text, chars, justified: true, firstChars: chars - 2);
            if (greedy.Skip(1).Any(l => CharClass.IsClosing(l.Text[0])))
            {
                // A piece wider than the line was split where it must: such a paragraph is left as filled greedily.
                Assert.Equal(greedy.Select(l => l.Text), fitted.Select(l => l.Text));
                continue;
            }
            Assert.Equal(greedy.Count, fitted.Count);
            if (!greedy.Select(l => l.Text).SequenceEqual(fitted.Select(l => l.Text))) changed++;
            Assert.Equal(text.Replace(" ", ""), string.Concat(fitted.Select(l => l.Text)).Replace(" ", ""));
            for (var i = 0; i < fitted.Count; i++)
            {
                var line = fitted[i];
                var measure = (i == 0 ? chars - 2 : chars) * Em;
                Assert.True(line.NaturalWidth <= measure + 0.01, $"{line.Text} is {line.NaturalWidth - measure:0.00} pt too wide");
                if (i > 0) Assert.False(CharClass.IsClosing(line.Text[0]), $"line starts with {line.Text[0]}: {line.Text}");
                if (i < fitted.Count - 1) Assert.False(CharClass.IsOpening(line.Text[^1]), $"line ends with {line.Text[^1]}: {line.Text}");
                // A span wider than the line is split where it must (as filled greedily); no other is.
                foreach (var span in LineRules.NoBreakSpans(text).Select(s => text.Substring(s.Start, s.Length)))
                    Assert.False(i < fitted.Count - 1 && Splits(line.Text, fitted[i + 1].Text, span) && !greedy.Zip(greedy.Skip(1)).Any(p => Splits(p.First.Text, p.Second.Text, span)),
                        $"{span} split after {line.Text}");
            }
        }
        Assert.True(changed >= 10, $"only {changed} paragraphs set differently from the greedy fill");
    }

    /// <summary>True when the end of one line and the start of the next make up <paramref name="span"/> between them.</summary>
    private static bool Splits(string line, string next, string span) =>
        Enumerable.Range(1, span.Length - 1).Any(n => line.EndsWith(span[..n]) && next.StartsWith(span[n..]));

    /// <summary>Paragraphs like the reports' explanations: amounts with units, dates, percentages, brackets and quotes, in varying order.</summary>
    private static IEnumerable<string> Paragraphs()
    {
        string[] pieces =
        [
            "一般公共服务支出", "336.12万元", "，", "。", "；", "、", "（套）", "教育支出", "3台（套）", "2023年12月", "增长0.83%",
            "“三公”经费", "《预算法》", "其中：", "社会保障和就业支出", "1,234.56元", "（一）", "主要用于", "12辆", "下降100.00%",
        ];
        var random = new Random(20231231);
        for (var n = 0; n < 60; n++)
            yield return "本部门" + string.Concat(Enumerable.Range(0, 8 + n % 20).Select(_ => pieces[random.Next(pieces.Length)])) + "。";
    }

    [Fact]
    public void A_body_line_on_the_grid_still_holds_exactly_28_characters()
    {
        var style = DocumentStyle.Default;
        var format = new TextFormats(style, FontSet.For([])).For(TextRole.Body);
        var width = style.Page.Box(PageOrientation.Portrait).TextWidthPt;
        var lines = Breaker.Break([format.Run(new string('字', 60))], width, width, justified: true);
        Assert.Equal([28, 28, 4], lines.Select(l => l.Text.Length));
        // With punctuation: a line without marks holds 28, a line with marks may hold more (compressed) but never overflows.
        var text = string.Concat(Enumerable.Repeat("部门预算公开，收支总表。依法向社会公开预算信息，接受监督。", 6));
        var indent = style.FirstLineIndentChars * format.CharAdvance;
        var fitted = Breaker.Break([format.Run(text)], width - indent, width, justified: true);
        Assert.All(fitted.Skip(1).SkipLast(1), l => Assert.InRange(l.NaturalWidth, width - format.CharAdvance - 0.01, width + 0.01));
        Assert.All(fitted.Skip(1).SkipLast(1).Where(l => !l.Atoms.Any(a => a.Compressed)), l => Assert.True(l.Text.Length >= 27));
    }

    [Fact]
    public void The_written_pdf_sets_the_pulled_in_number_on_the_line_within_the_margins()
    {
        var style = DocumentStyle.Default;
        var format = new TextFormats(style, FontSet.For([])).For(TextRole.Body);
        var box = style.Page.Box(PageOrientation.Portrait);
        const string tail = "336.12万元后面的文字照常排列完毕，再多写一些文字，以免末行太短。";
        // The first fill of ideographs after which the greedy fill leaves the amount to the next line and the fit takes it.
        var text = Enumerable.Range(0, 20).Select(n => "甲乙，丙丁，" + new string('戊', n) + tail).First(t =>
            !Breaker.Break([format.Run(t)], box.TextWidthPt, box.TextWidthPt)[0].Text.EndsWith("万元")
            && Breaker.Break([format.Run(t)], box.TextWidthPt, box.TextWidthPt, justified: true)[0].Text.EndsWith("万元"));

        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(TestDocuments.With(new Paragraph(text, FirstLineIndent: false))));
        // The text area's letters (the page number sits below it).
        var letters = pdf.GetPages().First().Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.StartBaseLine.Y > box.BottomPt).ToList();
        var firstLine = letters.Where(l => Math.Abs(l.StartBaseLine.Y - letters[0].StartBaseLine.Y) < 1).ToList();
        Assert.Equal("万元", string.Concat(firstLine.TakeLast(2).Select(l => l.Value)));
        Assert.All(letters, l => Assert.True(l.EndBaseLine.X <= box.LeftPt + box.TextWidthPt + 0.5, $"{l.Value} ends at {l.EndBaseLine.X:0.0}"));
        // Each compressed comma is followed by the next character less than a full cell later.
        var commas = firstLine.Select((l, i) => (l, i)).Where(p => p.l.Value == "，").ToList();
        Assert.Equal(2, commas.Count);
        Assert.All(commas, c => Assert.InRange(firstLine[c.i + 1].StartBaseLine.X - c.l.StartBaseLine.X, box.CharPitchPt * 0.45, box.CharPitchPt * 0.95));
    }
}
