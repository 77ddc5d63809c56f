using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// Evenly spaced runs (the character grid, a justified line's gaps) are drawn as one string with the PDF's character spacing,
/// and put every character where drawing it alone puts it.
/// </summary>
public class LineDrawerTests
{
    private static readonly DocumentStyle Style = DocumentStyle.Default;
    private static readonly TextFormats Formats = new(Style, FontSet.For([]));
    private static readonly LineBreaker Breaker = new(new TextMeasurer());
    private const string Text = "2023年一般公共预算安排的“三公”经费预算数9万元，比2022年预算数增加0.5万元，增长5.88%。主要原因：公务接待费依据"
                                + "2022年实际支出情况做了适当调整（含PDF文件）。其中：因公出国（境）费0万元，与2022年预算数持平。";

    [Theory]
    [InlineData(TextRole.Body, 443.0)]      // on the grid: tracked, and justified
    [InlineData(TextRole.TableBody, 151.3)] // no tracking: only the justified gaps
    public void A_justified_paragraph_is_drawn_in_few_strings_with_every_character_where_it_was(TextRole role, double width)
    {
        var lines = Breaker.Break([Formats.For(role).Run(Text)], width, width);
        Assert.True(lines.Count > 2);
        // A transformed page cannot take character spacing: there each character is drawn alone (the reference). The shift
        // is far below the tolerance.
        var reference = Draw(lines, width, shift: 1e-4, out var aloneStrings);
        var spaced = Draw(lines, width, shift: 0, out var spacedStrings);

        Assert.Equal(reference.Select(l => l.Value), spaced.Select(l => l.Value));
        Assert.All(reference.Zip(spaced), pair =>
        {
            Assert.Equal(pair.First.StartBaseLine.X, pair.Second.StartBaseLine.X, 0.02);
            Assert.Equal(pair.First.StartBaseLine.Y, pair.Second.StartBaseLine.Y, 0.02);
        });
        Assert.True(spacedStrings * 2 < aloneStrings, $"{spacedStrings} strings against {aloneStrings}");
    }

    [Fact]
    public void Bold_asked_of_a_regular_face_is_known_as_emboldened_and_a_real_bold_face_is_not()
    {
        var fonts = FontSet.For([]);
        var face = fonts.Choose(Style.Font(TextRole.Body), TextRole.Body);
        var chinese = fonts.Catalog.Find(face.Used).First(f => f.Path == face.File);
        Assert.False(chinese.IsBold);
        Assert.True(FontSet.IsEmboldened(fonts.Of(chinese, 12, bold: true)));
        Assert.False(FontSet.IsEmboldened(fonts.Of(chinese, 12, bold: false)));
        Assert.False(FontSet.IsEmboldened(fonts.GetLatin(Style.Font(TextRole.Body) with { Bold = true })!));
    }

    private static List<Letter> Draw(IReadOnlyList<Line> lines, double width, double shift, out int strings)
    {
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        pdf.Options.NoCompression = true;
        var page = pdf.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            if (shift != 0) g.TranslateTransform(shift, 0);
            for (var i = 0; i < lines.Count; i++) LineDrawer.Draw(g, lines[i], 50, width, 100 + 30 * i, Alignment.Justify);
        }
        using var stream = new MemoryStream();
        pdf.Save(stream);
        using var read = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var drawn = read.GetPage(1);
        strings = drawn.Operations.Count(o => o is ShowText);
        return [.. drawn.Letters];
    }
}
