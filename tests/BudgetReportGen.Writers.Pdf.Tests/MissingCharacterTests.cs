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

    [Fact]
    public void Emoji_and_characters_beyond_the_fonts_stop_the_pdf_naming_them_and_where()
    {
        var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(With("项目名称：示范😀项目\U0010FFFD")));
        Assert.Contains("U+1F600", error.Message);
        Assert.Contains("示范😀项目", error.Message);
        Assert.Contains("fonts/", error.Message);
    }

    [Fact]
    public void As_a_warning_the_pdf_is_written_and_the_character_reported()
    {
        var warnings = new List<string>();
        var writer = new PdfWriter(new PdfWriterOptions([], MissingCharacterPolicy.Warning, warnings.Add));
        var pdf = PdfTestSupport.Write(With("表情😀"), writer);
        Assert.NotEmpty(pdf);
        Assert.Contains("U+1F600", Assert.Single(warnings));
    }

    [Fact]
    public void The_message_names_installed_fonts_that_have_the_character_when_there_are_any()
    {
        // U+4E00 (一) is in every Chinese font: a style whose fonts lack only it would be told where it is
        var message = MissingCharacters.Describe([(0x4E00, "一")], FontSetOf());
        Assert.Contains("已安装的字体中含有", message);
        Assert.DoesNotContain("已安装的字体中含有", MissingCharacters.Describe([(0x10FFFD, "\U0010FFFD")], FontSetOf()));
    }

    private static FontSet FontSetOf() => FontSet.For([]);

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
