using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Writers.Pdf.Fonts;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>A character no font of the document has is reported (error or warning), never silently dropped from the PDF.</summary>
public class MissingCharacterTests
{
    private static Document With(string text) => SampleDocuments.AllBlocks() with
    {
        Blocks = [.. SampleDocuments.AllBlocks().Blocks, new Paragraph(text)],
    };

    // U+2A6D6 (CJK Extension B) and U+10FFFD (private use) are in none of the installed fonts.
    private const string Unprintable = "\U0002A6D6";

    [Fact]
    public void Characters_no_installed_font_has_stop_the_pdf_naming_them_and_where()
    {
        var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(With($"项目名称：示范{Unprintable}项目\U0010FFFD")));
        Assert.Contains("U+2A6D6", error.Message);
        Assert.Contains("U+10FFFD", error.Message);
        Assert.Contains($"示范{Unprintable}项目", error.Message);
        Assert.Contains("fonts/", error.Message);
    }

    [Fact]
    public void As_a_warning_the_pdf_is_written_and_the_character_reported()
    {
        var warnings = new List<string>();
        var writer = new PdfWriter(new PdfWriterOptions([], MissingCharacterPolicy.Warning, warnings.Add));
        var pdf = PdfTestSupport.Write(With($"生僻字{Unprintable}"), writer);
        Assert.NotEmpty(pdf);
        Assert.Contains("U+2A6D6", Assert.Single(warnings));
    }

    [Fact]
    public void The_check_without_writing_reports_what_writing_would()
    {
        Assert.Contains("U+2A6D6", PdfFonts.MissingCharacters(With($"生僻字{Unprintable}"), []));
        Assert.Null(PdfFonts.MissingCharacters(With("一般公共预算拨款收入 3,773.89 万元 鿃 😀"), []));
    }

    [Fact]
    public void A_chart_label_or_category_is_checked_like_the_text()
    {
        var pie = BudgetReportGen.Tests.Shared.SampleCharts.Pie();
        var odd = pie with { Categories = [$"生僻字{Unprintable}", .. pie.Categories.Skip(1)] };
        var document = TestDocuments.With(new ChartBlock(odd));
        Assert.Contains("U+2A6D6", PdfFonts.MissingCharacters(document, []));
        Assert.Null(PdfFonts.MissingCharacters(TestDocuments.With(new ChartBlock(pie)), []));
    }

    /// <summary>A document whose body is set in AR PL UMing (which lacks U+9FC3 鿃 and the emoji U+1F600, which other installed faces have).</summary>
    private static Document InUMing(string text)
    {
        var style = DocumentStyle.Default;
        var fonts = new Dictionary<TextRole, FontSpec>(style.Fonts) { [TextRole.Body] = style.Font(TextRole.Body) with { Families = ["AR PL UMing CN"] } };
        return TestDocuments.With(new Paragraph(text)) with { Style = style with { Fonts = fonts } };
    }

    private static IReadOnlyList<(string Letter, string Font)> Letters(byte[] pdf)
    {
        using var document = PdfTestSupport.Open(pdf);
        return document.GetPage(1).Letters.Select(l => (l.Value, l.FontName ?? "")).ToList();
    }

    [Fact]
    public void A_character_the_role_font_lacks_is_drawn_in_an_installed_face_that_has_it()
    {
        var fonts = FontSet.For([]);
        Assert.False(GlyphCoverage.Has(fonts.Catalog.Find("AR PL UMing CN").First(), 0x9FC3));
        Assert.True(GlyphCoverage.Has(fonts.Catalog.Find("WenQuanYi Micro Hei").First(), 0x9FC3));

        var pdf = PdfTestSupport.Write(InUMing("金属元素鿃的名称。"));
        Assert.Contains("金属元素鿃的名称。", PdfTestSupport.PageTexts(pdf)[0]);
        var letters = Letters(pdf);
        Assert.Contains("WenQuanYi", Assert.Single(letters, l => l.Letter == "鿃").Font);
        Assert.All(letters.Where(l => l.Letter is "金" or "名"), l => Assert.Contains("UMing", l.Font));
    }

    [Fact]
    public void A_fallback_character_is_measured_in_its_own_font_so_the_next_one_starts_after_it()
    {
        using var document = PdfTestSupport.Open(PdfTestSupport.Write(InUMing("甲鿃乙")));
        var letters = document.GetPage(1).Letters.Where(l => l.Value is "甲" or "鿃" or "乙").ToList();
        Assert.Equal(["甲", "鿃", "乙"], letters.Select(l => l.Value));
        Assert.True(letters[1].StartBaseLine.X >= letters[0].EndBaseLine.X - 0.5);
        Assert.True(letters[2].StartBaseLine.X >= letters[1].EndBaseLine.X - 0.5);
    }

    [Fact]
    public void An_emoji_is_drawn_in_the_face_that_has_it_and_copies_as_itself()
    {
        var pdf = PdfTestSupport.Write(InUMing("代码ab😀cd。"));
        Assert.Contains("DejaVu", Assert.Single(Letters(pdf), l => l.Letter == "😀").Font);
        // the ToUnicode map names U+1F600 as a surrogate pair (PDFsharp writes <1F600>, read as U+1F60)
        Assert.Contains("代码ab😀cd。", PdfTestSupport.PageTexts(pdf)[0]);
    }

    [Fact]
    public void A_latin_word_with_a_character_its_fonts_lack_is_cut_by_font_but_not_broken()
    {
        // U+1E9E ẞ is in DejaVu only (neither Liberation Serif nor AR PL UMing): "GROẞE" is drawn in two fonts, one word
        var format = new Layout.TextFormats(InUMing("").Style, FontSet.For([])).For(TextRole.Body);
        var atoms = new Text.LineBreaker(new Text.TextMeasurer()).Atomize([format.Run("GROẞE")]);
        Assert.Equal(["GRO", "ẞ", "E"], atoms.Select(a => a.Text));
        Assert.False(Text.LineBreaker.MayBreakBetween(atoms[0], atoms[1]));
        Assert.False(Text.LineBreaker.MayBreakBetween(atoms[1], atoms[2]));
        var letters = Letters(PdfTestSupport.Write(InUMing("名称GROẞE。")));
        Assert.Equal("DejaVu Sans", Assert.Single(letters, l => l.Letter == "ẞ").Font[7..]);
        Assert.Contains("Liberation", Assert.Single(letters, l => l.Letter == "G").Font);
    }

    [Fact]
    public void A_justified_line_spreads_its_space_between_words_not_inside_a_word_cut_by_font()
    {
        // a long word that does not fit ends the first line early, so its gaps grow by well over a point
        var text = "预算公开GROẞE部门预算公开报告正文部门预算公开ABCDEFGHIJKLMNOPQRSTUVWXYZ部门预算公开报告正文";
        using var document = PdfTestSupport.Open(PdfTestSupport.Write(InUMing(text)));
        var letters = document.GetPage(1).Letters.ToList();
        var (o, sharpS, e) = (letters.First(l => l.Value == "O"), letters.First(l => l.Value == "ẞ"), letters.First(l => l.Value == "E"));
        Assert.Equal(o.StartBaseLine.Y, sharpS.StartBaseLine.Y, 1);
        Assert.InRange(sharpS.StartBaseLine.X - o.EndBaseLine.X, -0.5, 0.5);
        Assert.InRange(e.StartBaseLine.X - sharpS.EndBaseLine.X, -0.5, 0.5);
        var (first, second) = (letters.First(l => l.Value == "预"), letters.First(l => l.Value == "算"));
        Assert.InRange(second.StartBaseLine.X - first.EndBaseLine.X, 1, 5); // the first line is justified: its gaps grew
    }

    [Fact]
    public void Text_the_fonts_have_passes()
    {
        Assert.NotEmpty(PdfTestSupport.Write(With("一般公共预算拨款收入 3,773.89 万元（English）。")));
    }

    [Fact]
    public void Coverage_reads_bmp_and_supplementary_maps()
    {
        // format 4 with one segment 0x4E00–0x4E01 (glyphs 1–2) and the end segment; format 12 with 0x20000 → glyph 3
        var covered = GlyphCoverage.Read(TinyFace());
        Assert.True(covered[0x4E00]);
        Assert.True(covered[0x4E01]);
        Assert.False(covered[0x4E02]);
        Assert.True(covered[0x20000]);
        Assert.False(covered[0x1F600]);
        Assert.False(GlyphCoverage.Read([1, 2, 3])[0x41]); // a damaged face covers nothing, and does not throw
    }

    private static byte[] TinyFace()
    {
        var format4 = new List<byte>();
        void U16(List<byte> b, int v) { b.Add((byte)(v >> 8)); b.Add((byte)v); }
        void U32(List<byte> b, uint v) { U16(b, (int)(v >> 16)); U16(b, (int)(v & 0xFFFF)); }
        U16(format4, 4); U16(format4, 32); U16(format4, 0); U16(format4, 4); U16(format4, 0); U16(format4, 0); U16(format4, 0);
        U16(format4, 0x4E01); U16(format4, 0xFFFF); // ends
        U16(format4, 0); // pad
        U16(format4, 0x4E00); U16(format4, 0xFFFF); // starts
        U16(format4, (1 - 0x4E00) & 0xFFFF); U16(format4, 1); // deltas
        U16(format4, 0); U16(format4, 0); // range offsets
        var format12 = new List<byte>();
        U16(format12, 12); U16(format12, 0); U32(format12, 28); U32(format12, 0); U32(format12, 1);
        U32(format12, 0x20000); U32(format12, 0x20000); U32(format12, 3);
        var cmap = new List<byte>();
        U16(cmap, 0); U16(cmap, 2);
        U16(cmap, 3); U16(cmap, 1); U32(cmap, 20);
        U16(cmap, 3); U16(cmap, 10); U32(cmap, (uint)(20 + format4.Count));
        cmap.AddRange(format4);
        cmap.AddRange(format12);
        var face = new List<byte>();
        U32(face, 0x00010000); U16(face, 1); U16(face, 0); U16(face, 0); U16(face, 0);
        U32(face, 0x636D6170); U32(face, 0); U32(face, 28); U32(face, (uint)cmap.Count);
        face.AddRange(cmap);
        return [.. face];
    }
}
